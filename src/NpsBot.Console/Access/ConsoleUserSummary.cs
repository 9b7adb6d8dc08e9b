namespace NpsBot.Console.Access;

/// <summary>One console user as the users page and the transfer list show them.</summary>
public sealed record ConsoleUserSummary(string Id, string Email, string DisplayName, string Role, bool Disabled);
