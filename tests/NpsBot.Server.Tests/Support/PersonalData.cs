using System.Text;

namespace NpsBot.Server.Tests.Support;

/// <summary>
/// Personal data a customer might type (issue 7), and the fragments to look for at rest: the value as typed, its
/// digits alone, and a part without characters JSON escapes ('+'), each in UTF-8, UTF-16 LE and UTF-16 BE.
/// </summary>
public static class PersonalData
{
    /// <summary>A Luhn-valid card number (a well-known test number).</summary>
    public const string Card = "4111 1111 1111 1111";
    public const string Email = "ana.souza@example.com";
    public const string Phone = "+44 20 7946 0958";
    public const string Iban = "GB82 WEST 1234 5698 7654 32";

    public static IReadOnlyList<string> Fragments { get; } =
    [
        Card, "4111111111111111", "4111-1111-1111-1111",
        Email, "ana.souza@",
        Phone, "20 7946 0958", "2079460958",
        Iban, "GB82WEST12345698765432", "WEST 1234 5698",
    ];

    /// <summary>All four in one sentence, as a complaint might carry them.</summary>
    public static string Sentence(string lead) => $"{lead}: card {Card}, mail {Email}, phone {Phone}, iban {Iban}";

    /// <summary>The fragments found in <paramref name="text"/> (none is the expected answer).</summary>
    public static IReadOnlyList<string> FoundIn(string? text) =>
        text is null ? [] : Fragments.Where(fragment => text.Contains(fragment, StringComparison.Ordinal)).ToList();

    /// <summary>Each fragment's byte patterns: UTF-8, UTF-16 little-endian and big-endian.</summary>
    public static IEnumerable<(string Fragment, string Encoding, byte[] Bytes)> Patterns(IEnumerable<string> fragments) =>
        fragments.SelectMany(fragment => new[]
        {
            (fragment, "UTF-8", Encoding.UTF8.GetBytes(fragment)),
            (fragment, "UTF-16LE", Encoding.Unicode.GetBytes(fragment)),
            (fragment, "UTF-16BE", Encoding.BigEndianUnicode.GetBytes(fragment)),
        });
}
