using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;

namespace NpsBot.Server.Tests.Input;

/// <summary>
/// Checks each answer to a generated body (never 5xx; a 400 names the field and no internal type) and counts the
/// answers by status, for the test output.
/// </summary>
public sealed class Tally(Func<string> serverErrors)
{
    private readonly ConcurrentDictionary<int, int> _byStatus = new();

    public int Total => _byStatus.Values.Sum();

    public int Count(HttpStatusCode status) => _byStatus.GetValueOrDefault((int)status);

    /// <summary>True when the answer is acceptable; otherwise throws with the body and the answer.</summary>
    public bool Check(FuzzBody body, HttpStatusCode status, string answer, bool directLine)
    {
        _byStatus.AddOrUpdate((int)status, 1, (_, count) => count + 1);
        Assert.True((int)status < 500, $"{(int)status} for {body}\n{answer}\n{serverErrors()}");
        if ((int)status >= 400)
        {
            Assert.DoesNotContain("NpsBot.", answer, StringComparison.Ordinal);
            Assert.DoesNotContain("System.", answer, StringComparison.Ordinal);
        }

        if (status == HttpStatusCode.BadRequest)
        {
            Assert.True(NamesField(answer, directLine), $"The 400 does not name a field, for {body}\n{answer}");
        }

        return true;
    }

    public override string ToString() =>
        $"{Total} bodies: " + string.Join(", ", _byStatus.OrderBy(pair => pair.Key).Select(pair => $"{pair.Key}: {pair.Value}"));

    /// <summary>Problem details carry the path in "field"; Direct Line's message quotes it (or speaks of the whole body).</summary>
    private static bool NamesField(string answer, bool directLine)
    {
        using var json = JsonDocument.Parse(answer);
        if (directLine)
        {
            var message = json.RootElement.GetProperty("error").GetProperty("message").GetString() ?? "";
            return message.Contains("'$", StringComparison.Ordinal) || message.Contains("body", StringComparison.Ordinal)
                || message.Contains("'type'", StringComparison.Ordinal) || message.Contains("user id", StringComparison.Ordinal)
                || message.Contains("customer", StringComparison.Ordinal);
        }

        return json.RootElement.TryGetProperty("field", out var field) && field.GetString() is { Length: > 0 } path && path.StartsWith('$')
            && json.RootElement.GetProperty("detail").GetString() is { Length: > 0 };
    }
}
