using Microsoft.AspNetCore.DataProtection;
using NpsBot.Conversations.Privacy;

namespace NpsBot.Server.Privacy;

/// <summary>Encrypts transcripts' raw text with ASP.NET Core Data Protection (authenticated encryption, keys in the data folder).</summary>
public sealed class DataProtectionTextProtector(IDataProtectionProvider provider) : ITextProtector
{
    private readonly IDataProtector _protector = provider.CreateProtector(DataProtectionPurposes.Transcripts);

    public string? Protect(string text) => _protector.Protect(text);

    public string Unprotect(string protectedText) => _protector.Unprotect(protectedText);
}
