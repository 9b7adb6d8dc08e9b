using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NpsBot.Channels.DirectLine.Endpoints;
using NpsBot.Channels.DirectLine.Limits;
using NpsBot.Channels.DirectLine.Log;
using NpsBot.Channels.DirectLine.Streaming;
using NpsBot.Channels.DirectLine.Tokens;

namespace NpsBot.Channels.DirectLine;

/// <summary>
/// Registers Direct Line 3.0: options ("DirectLine" section), tokens, the activity log in the database (the host registers
/// storage and Data Protection's key location), its sweeper and the poller that wakes streams for other instances'
/// appends, the bounds on posts and sockets, CORS.
/// </summary>
public static class DirectLineServiceCollectionExtensions
{
    public static IServiceCollection AddDirectLine(this IServiceCollection services)
    {
        services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DirectLineTokenService>();
        services.AddSingleton<DirectLineAuth>();
        services.AddSingleton<DirectLineTurns>();

        // The agent desk's path to the customer's Web Chat (issue 9).
        services.AddSingleton<NpsBot.Conversations.Outbound.IConversationOutbound, Outbound.DirectLineOutbound>();
        services.AddSingleton<NpsBot.Conversations.Work.IWorkHandler, Outbound.DirectLineDeliveryHandler>();
        services.AddSingleton<StreamConnection>();
        services.AddDataProtection();
        services.AddSingleton<ActivityPayloads>();
        services.AddSingleton<StreamSignals>();
        services.TryAddSingleton<IDirectLineActivityLog, DatabaseActivityLog>();
        services.AddHostedService<ActivityLogSweeper>();
        services.AddHostedService<StreamSignalPoller>();
        services.AddSingleton<PostRateLimiter>();
        services.AddSingleton<SocketCounter>();
        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>()
            .Configure<IOptions<DirectLineOptions>>((cors, directLine) =>
                cors.AddPolicy(DirectLineCors.PolicyName, policy => DirectLineCors.Configure(policy, directLine.Value.AllowedOrigins)));
        return services;
    }
}
