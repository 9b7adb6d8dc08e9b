using Microsoft.Extensions.Options;
using NpsBot.Server.Tests.Support;

namespace NpsBot.Server.Tests.Messages;

public sealed class LocalModeTests
{
    [Fact]
    public void A_configured_app_id_stops_the_start_since_tokens_cannot_be_checked_yet()
    {
        using var server = new ServerFactory(settings: new Dictionary<string, string?> { ["Bot:MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001" });

        var failure = Assert.Throws<OptionsValidationException>(() => server.CreateClient());

        Assert.Contains("MicrosoftAppId", failure.Message);
        ServerFactory.DeleteData(server.DataDirectory);
    }
}
