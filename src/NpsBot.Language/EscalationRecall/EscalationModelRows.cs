namespace NpsBot.Language.EscalationRecall;

/// <summary>The ML.NET input row: a complaint and (for training) its reason or <see cref="EscalationModel.NoEscalation"/>.</summary>
public sealed class EscalationModelInput
{
    public string Text { get; set; } = "";

    public string Label { get; set; } = "";
}

/// <summary>The ML.NET output row: one probability per label (the reasons and <see cref="EscalationModel.NoEscalation"/>).</summary>
public sealed class EscalationModelPrediction
{
#pragma warning disable CA1819 // ML.NET maps the Score vector column to an array property.
    public float[] Score { get; set; } = [];
#pragma warning restore CA1819
}
