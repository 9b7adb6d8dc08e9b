namespace NpsBot.Storage.Entities;

/// <summary>A person as one channel knows them; kept up to date from the inbound activity of every turn.</summary>
public sealed class Customer
{
    public long Id { get; set; }
    public required string ChannelId { get; set; }
    public required string ChannelUserId { get; set; }
    public string? Name { get; set; }
    public string? Locale { get; set; }
    public string? AadObjectId { get; set; }
    public string? TenantId { get; set; }
    public bool OptedOut { get; set; }
    public DateTime? LastSurveyedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
