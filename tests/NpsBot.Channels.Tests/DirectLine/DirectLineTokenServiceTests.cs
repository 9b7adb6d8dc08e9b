using Microsoft.Extensions.Options;
using NpsBot.Channels.DirectLine;
using NpsBot.Channels.DirectLine.Tokens;

namespace NpsBot.Channels.Tests.DirectLine;

public sealed class DirectLineTokenServiceTests
{
    private static readonly DirectLineTokenService Service = Create("secret-number-one-0123456789");

    [Fact]
    public void A_token_reads_back_as_what_it_grants()
    {
        var token = new DirectLineToken("conversation-1", "dl_alex", "Alex", DateTimeOffset.UtcNow.AddMinutes(5));

        var check = Service.Read(Service.Issue(token));

        Assert.Equal(TokenStatus.Valid, check.Status);
        Assert.Equal(token with { ExpiresAt = DateTimeOffset.FromUnixTimeSeconds(token.ExpiresAt.ToUnixTimeSeconds()) }, check.Token);
    }

    [Fact]
    public void A_token_is_jwt_shaped_with_the_user_claim_web_chat_reads()
    {
        var issued = Service.IssueConversationToken("conversation-1", "dl_alex", null);

        var payload = System.Text.Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(issued.Split('.')[1]));

        Assert.Contains("\"user\":\"dl_alex\"", payload, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bad.token.value")]
    [InlineData("x")]
    [InlineData("a.b")]
    [InlineData("...")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.e30.AAAA")]
    public void Garbage_is_invalid(string value)
    {
        var check = Service.Read(value);

        Assert.Equal(TokenStatus.Invalid, check.Status);
    }

    [Fact]
    public void A_token_signed_with_another_secret_is_invalid()
    {
        var other = Create("secret-number-two-0123456789").IssueConversationToken("conversation-1", "dl_alex", null);

        Assert.Equal(TokenStatus.Invalid, Service.Read(other).Status);
    }

    [Fact]
    public void An_expired_token_reads_as_expired()
    {
        var expired = Service.Issue(new DirectLineToken("conversation-1", "dl_alex", null, DateTimeOffset.UtcNow.AddSeconds(-1)));

        Assert.Equal(TokenStatus.Expired, Service.Read(expired).Status);
    }

    private static DirectLineTokenService Create(string secret)
    {
        var options = new DirectLineOptions();
        options.Secrets.Add(secret);
        return new DirectLineTokenService(Options.Create(options), TimeProvider.System);
    }
}
