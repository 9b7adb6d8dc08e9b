namespace NpsBot.Console.Surveys;

/// <summary>
/// Proactive surveys from a CSV file (columns: to, channel, locale, eventId, when, timeZone), implemented by the host
/// (it reads the file with CsvHelper and queues each row as the REST API does; the console does not see the database).
/// A row with a problem is refused alone, with its line and field, and nothing is sent for it; the other rows are queued.
/// </summary>
public interface ISurveyUploads
{
    /// <summary>The largest file accepted, in bytes.</summary>
    long MaxBytes { get; }

    Task<SurveyUploadResult> UploadAsync(Stream csv, string uploadedBy, CancellationToken cancellationToken);
}

/// <summary>What an upload did.</summary>
/// <param name="Queued">Rows queued as new invites.</param>
/// <param name="AlreadyKnown">Rows whose event already had an invite (nothing new was queued).</param>
/// <param name="Errors">The refused rows, with line and column.</param>
/// <param name="FileError">A problem with the whole file (no header, a missing column, too large); then nothing was queued.</param>
public sealed record SurveyUploadResult(int Queued, int AlreadyKnown, IReadOnlyList<SurveyUploadRowError> Errors, string? FileError = null);

/// <summary>One refused row.</summary>
/// <param name="Line">Its line in the file (the header is line 1).</param>
/// <param name="Field">The column at fault.</param>
/// <param name="Reason">Why it was refused.</param>
public sealed record SurveyUploadRowError(int Line, string Field, string Reason);
