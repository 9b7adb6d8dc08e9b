namespace NpsBot.Recovery.Insights;

/// <summary>Where a response's theme came from, as rows and exports name it.</summary>
public static class ThemeSources
{
    /// <summary>The customer said yes to the bot's reading of their complaint.</summary>
    public const string CustomerConfirmed = "customer-confirmed";

    /// <summary>The classifier's guess (language model or offline model), not confirmed.</summary>
    public const string Model = "model";

    /// <summary>The language model's guess (through Semantic Kernel), not confirmed.</summary>
    public const string LanguageModel = "language-model";

    /// <summary>The offline (trained) model's guess, not confirmed.</summary>
    public const string OfflineModel = "offline-model";

    /// <summary>A manager relabelled it, with a reason.</summary>
    public const string ManagerCorrected = "manager-corrected";
}
