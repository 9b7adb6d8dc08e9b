using System.Security.Cryptography;
using System.Text;

namespace NpsBot.Language;

/// <summary>
/// What a saved model was trained from, as a SHA-256 of a header (the code's versions) and every labelled training line;
/// written beside the model after it, so a crash in between, or an upgrade that changed the lines or the features, makes
/// the next start train again instead of loading a model the code was not written for. Shared by the theme model
/// (<see cref="Themes.ThemeTrainingFingerprint"/>) and the escalation model (<see cref="EscalationRecall.EscalationModelStore"/>).
/// </summary>
public static class TrainingFingerprint
{
    public static string Of(string header, IEnumerable<(string Label, string Text)> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, header);
        foreach (var (label, text) in lines)
        {
            Append(hash, label + "\t" + text + "\n");
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The fingerprint saved at <paramref name="path"/>, or null if there is none.</summary>
    public static string? Read(string path) => File.Exists(path) ? File.ReadAllText(path).Trim() : null;

    /// <summary>Written through a temporary file, so a reader never sees half of it.</summary>
    public static void Write(string path, string fingerprint)
    {
        File.WriteAllText(path + ".tmp", fingerprint + "\n");
        File.Move(path + ".tmp", path, overwrite: true);
    }

    private static void Append(IncrementalHash hash, string text) => hash.AppendData(Encoding.UTF8.GetBytes(text));
}
