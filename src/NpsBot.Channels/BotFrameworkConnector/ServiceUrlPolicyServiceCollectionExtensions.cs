using Microsoft.Extensions.DependencyInjection;

namespace NpsBot.Channels.BotFrameworkConnector;

/// <summary>Registers <see cref="ServiceUrlPolicy"/> and its options (Bot:ServiceUrlAllowList), checked at start.</summary>
public static class ServiceUrlPolicyServiceCollectionExtensions
{
    public static IServiceCollection AddServiceUrlPolicy(this IServiceCollection services)
    {
        services.AddOptions<ServiceUrlOptions>().BindConfiguration(ServiceUrlOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ServiceUrlPolicy>();
        return services;
    }
}
