namespace NpsBot.Surveys.Responses;

/// <summary>The "response.abandon" job's input: which response, and the answer time it was scheduled after.</summary>
public sealed record AbandonPayload(string ResponseKey, DateTimeOffset LastAnswerAt);
