using System.Text.Json.Serialization;

namespace NpsBot.Channels.DirectLine.Tokens;

/// <summary>The JSON payload of a token; "user" is the claim Web Chat reads as its user id, "ses" a stream token's socket expiry.</summary>
internal sealed record TokenClaims(
    [property: JsonPropertyName("iss")] string Iss,
    [property: JsonPropertyName("conv")] string Conv,
    [property: JsonPropertyName("user")] string User,
    [property: JsonPropertyName("name"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Name,
    [property: JsonPropertyName("scp")] string Scp,
    [property: JsonPropertyName("iat")] long Iat,
    [property: JsonPropertyName("exp")] long Exp,
    [property: JsonPropertyName("ses"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? Ses = null);
