using Microsoft.Extensions.DependencyInjection.Extensions;
using NpsBot.Language.Themes;
using NpsBot.Storage.Themes;

namespace NpsBot.Server.AgentConsole;

/// <summary>The themes a manager may relabel a response to: the configured catalog (storage alone knows none).</summary>
public static class ManagerThemeChoices
{
    public static IServiceCollection AddManagerThemeChoices(this IServiceCollection services) =>
        services.Replace(ServiceDescriptor.Singleton(provider =>
            new ThemeChoices(provider.GetRequiredService<ThemeCatalog>().Themes.Select(theme => theme.Id).ToList())));
}
