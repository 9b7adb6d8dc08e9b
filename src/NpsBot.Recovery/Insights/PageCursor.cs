using System.Globalization;
using System.Text;

namespace NpsBot.Recovery.Insights;

/// <summary>The opaque keyset cursor: the last row id of a page, base64url-encoded.</summary>
public static class PageCursor
{
    public const int MaxLimit = 500;

    public static string Encode(long lastId) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes("id:" + lastId.ToString(CultureInfo.InvariantCulture)))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The id a cursor stands for; false for anything this class did not write.</summary>
    public static bool TryDecode(string? cursor, out long lastId)
    {
        lastId = 0;
        if (string.IsNullOrEmpty(cursor) || cursor.Length > 64)
        {
            return false;
        }

        var base64 = cursor.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        try
        {
            var text = Encoding.ASCII.GetString(Convert.FromBase64String(base64));
            return text.StartsWith("id:", StringComparison.Ordinal)
                && long.TryParse(text.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out lastId) && lastId > 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
