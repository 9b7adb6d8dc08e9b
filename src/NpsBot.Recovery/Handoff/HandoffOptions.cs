using System.ComponentModel.DataAnnotations;

namespace NpsBot.Recovery.Handoff;

/// <summary>The "Recovery:Handoff" section.</summary>
public sealed record HandoffOptions
{
    /// <summary><c>console</c> (default) or <c>botframework</c> (see <see cref="HandoffModes"/>).</summary>
    [AllowedValues(HandoffModes.Console, HandoffModes.BotFramework)]
    public string Mode { get; init; } = HandoffModes.Console;

    /// <summary>How many earlier surveys and cases of the customer go into the handoff package (of each).</summary>
    [Range(0, 100)]
    public int EarlierRecords { get; init; } = 10;
}
