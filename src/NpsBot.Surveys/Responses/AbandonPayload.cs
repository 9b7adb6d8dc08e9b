namespace NpsBot.Surveys.Responses;

/// <summary>The "response.abandon" job's input: which response to check.</summary>
public sealed record AbandonPayload(string ResponseKey);
