using StackExchange.Redis;

namespace NpsBot.Server.ScaleOut;

/// <summary>
/// Several server instances on one shared database (issue 13): when <c>Redis:ConnectionString</c> is set, the SignalR
/// Redis backplane for the consoles' hub, and the <see cref="InstanceBus"/> and <see cref="ConsoleEventsRelay"/> that
/// pass this instance's commits to the others. Unset, nothing is registered: one instance works as before.
/// What the instances must also share (database, data folder with the Data Protection keys, Direct Line secret) is in
/// deployment/README.md.
/// </summary>
public static class ScaleOutHostingExtensions
{
    public static WebApplicationBuilder AddScaleOut(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(RedisOptions.SectionName);
        var redis = section.Get<RedisOptions>() ?? new RedisOptions();
        if (string.IsNullOrWhiteSpace(redis.ConnectionString))
        {
            return builder;
        }

        builder.Services.AddOptions<RedisOptions>().Bind(section);
        var configuration = ConfigurationOptions.Parse(redis.ConnectionString);

        // Keep starting and retrying when Redis is down: it carries hints, the database holds everything.
        configuration.AbortOnConnectFail = false;
        builder.Services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(configuration));
        builder.Services.AddSignalR().AddStackExchangeRedis(options =>
        {
            options.Configuration = configuration.Clone();
            options.Configuration.ChannelPrefix = RedisChannel.Literal(redis.ChannelPrefix + ":signalr");
        });
        builder.Services.AddHostedService<InstanceBus>();
        builder.Services.AddHostedService<ConsoleEventsRelay>();
        return builder;
    }
}
