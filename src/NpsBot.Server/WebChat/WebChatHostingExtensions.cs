using Microsoft.Extensions.Options;
using NpsBot.Channels.DirectLine;
using NpsBot.Channels.DirectLine.Endpoints;
using NpsBot.Server.Security;

namespace NpsBot.Server.WebChat;

/// <summary>Direct Line 3.0 plus the customer's chat page: AddWebChat on the builder, UseWebChat on the app.</summary>
public static class WebChatHostingExtensions
{
    public static WebApplicationBuilder AddWebChat(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IPostConfigureOptions<DirectLineOptions>, DirectLineSecretBootstrap>();
        builder.Services.AddDirectLine();
        builder.Services.AddOptions<WebChatOptions>().BindConfiguration(WebChatOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        return builder;
    }

    /// <summary>WebSockets, CORS, rate limiting and static files, then Direct Line, the token endpoint and the page.</summary>
    public static WebApplication UseWebChat(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<WebChatOptions>>();
        app.UseWebSockets();
        app.UseCors();
        app.UseAbuseLimits();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = file =>
            {
                if (file.File.Name.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
                {
                    WebChatPage.AddPageHeaders(file.Context.Response.Headers, options.Value);
                }
            },
        });
        app.MapDirectLine();
        WebChatTokenEndpoint.Map(app);
        WebChatSettingsEndpoint.Map(app);
        WebChatPage.Map(app);
        return app;
    }
}
