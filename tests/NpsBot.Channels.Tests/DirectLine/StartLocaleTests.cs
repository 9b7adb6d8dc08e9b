using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Channels.DirectLine.Protocol;
using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Runner;
using NpsBot.Testing.Hosting;

namespace NpsBot.Channels.Tests.DirectLine;

/// <summary>
/// The start turn's locale: Web Chat posts no body to start, so the browser's Accept-Language is the only hint of the
/// customer's language before their first message; a locale in the body wins.
/// </summary>
public sealed class StartLocaleTests(NpsBotApplicationFactory factory) : IClassFixture<NpsBotApplicationFactory>
{
    private readonly WebApplicationFactory<Program> _echo =
        factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<IBot, LocaleEchoBot>()));

    [Theory]
    [InlineData("es-ES,es;q=0.9,en;q=0.8", null, "es-ES")]
    [InlineData("en;q=0.5, fr-CA", null, "fr-CA")]
    [InlineData("*", null, "none")]
    [InlineData(null, null, "none")]
    [InlineData("es-ES", "de-DE", "de-DE")]
    public async Task A_start_without_a_locale_in_the_body_greets_in_the_browsers_preferred_language(string? acceptLanguage, string? bodyLocale, string expected)
    {
        var client = new DirectLineClient(_echo);
        var issued = await client.GetWebChatTokenAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, DirectLineClient.Base + "/conversations");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", issued.Token);
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        if (bodyLocale is not null)
        {
            request.Content = JsonContent.Create(new { locale = bodyLocale });
        }

        using var response = await client.Http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var started = (await DirectLineClient.ReadAsync<ConversationInfo>(response))!;
        var greeting = Assert.Single((await client.GetActivitiesAsync(started)).Activities);
        Assert.Equal(ActivityTypes.Message, greeting.Type);
        Assert.Equal(expected, greeting.Text);
    }
}
