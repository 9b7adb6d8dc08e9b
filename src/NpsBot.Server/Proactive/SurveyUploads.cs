using System.Globalization;
using System.Text;
using CsvHelper;
using NpsBot.Console.Surveys;

namespace NpsBot.Server.Proactive;

/// <summary>
/// The console's CSV upload of proactive surveys, read with CsvHelper (header names matched ignoring case; line numbers
/// tracked so a refused row is named by its line). Each row goes through <see cref="SurveyInviteService"/> exactly as
/// a POST /api/v1/surveys does: the same checks (a field's problem is reported with its column), the event id's
/// idempotency, quiet hours and the work queue. Refused rows queue nothing; the others are queued.
/// </summary>
public sealed class SurveyUploads(SurveyInviteService invites) : ISurveyUploads
{
    public const int MaxRows = 5000;

    private static readonly string[] Required = ["to", "channel", "eventId"];

    public long MaxBytes => 1024 * 1024;

    public async Task<SurveyUploadResult> UploadAsync(Stream csv, string uploadedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(csv);
        string text;
        using (var readerOfText = new StreamReader(csv, Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
        {
            text = await readerOfText.ReadToEndAsync(cancellationToken);
        }

        var rows = new List<(int Line, SurveyInviteRequest Request, SurveyUploadRowError? Error)>();
        try
        {
            using var reader = CsvReader.FromText(text, new CsvReaderOptions { TrackLineNumbers = true });
            reader.ReadHeader();
            if (Required.FirstOrDefault(name => !reader.TryGetFieldIndex(name, out _)) is { } missing)
            {
                return new SurveyUploadResult(0, 0, [], $"The header has no '{missing}' column (needed: to, channel, locale, eventId; optional: when, timeZone).");
            }

            while (reader.Read())
            {
                if (rows.Count == MaxRows)
                {
                    return new SurveyUploadResult(0, 0, [], $"The file has more than {MaxRows} rows; split it.");
                }

                rows.Add(Row(reader));
            }
        }
        catch (CsvFormatException ex)
        {
            return new SurveyUploadResult(0, 0, [], $"The file is not valid CSV: {ex.Message}");
        }

        var queued = 0;
        var known = 0;
        var errors = new List<SurveyUploadRowError>();
        foreach (var (line, request, error) in rows)
        {
            if (error is not null)
            {
                errors.Add(error);
                continue;
            }

            var result = await invites.InviteAsync(request, Source(uploadedBy), cancellationToken);
            if (result.Invite is null)
            {
                errors.Add(new SurveyUploadRowError(line, ColumnOf(result.Field), result.Reason ?? "refused"));
            }
            else if (result.Created)
            {
                queued++;
            }
            else
            {
                known++;
            }
        }

        return new SurveyUploadResult(queued, known, errors);
    }

    private static (int, SurveyInviteRequest, SurveyUploadRowError?) Row(CsvReader reader)
    {
        var line = (int)reader.LineNumber;
        var request = new SurveyInviteRequest(Field(reader, "eventId"), Field(reader, "channel"), Field(reader, "to"), Field(reader, "locale"))
        {
            TimeZone = Field(reader, "timeZone"),
        };
        if (Field(reader, "when") is { } when)
        {
            if (!DateTimeOffset.TryParse(when, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            {
                return (line, request, new SurveyUploadRowError(line, "when", "Not a date and time (ISO-8601, e.g. 2026-12-01T10:00:00+00:00)."));
            }

            request = request with { When = at };
        }

        return (line, request, null);
    }

    private static string? Field(CsvReader reader, string name) =>
        reader.TryGetFieldIndex(name, out var index) && index < reader.FieldCount && reader.GetString(index).Trim() is { Length: > 0 } value ? value : null;

    // The invite's source names the uploader, within the column's 32 characters.
    private static string Source(string uploadedBy) => ("console:" + uploadedBy) is var source && source.Length > 32 ? source[..32] : source;

    private static string ColumnOf(string? field) => field?.StartsWith("$.", StringComparison.Ordinal) == true ? field[2..] : field ?? "";
}
