using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using NpsBot.Conversations.Privacy;
using NpsBot.Storage;

namespace NpsBot.Server.Privacy;

/// <summary>Personal data (issue 7): Data Protection with its keys in the data folder, the raw-text protector and purge, forget-customer.</summary>
public static class PrivacyHostingExtensions
{
    /// <summary>The folder under the data folder that holds the Data Protection key ring.</summary>
    public const string KeysFolder = "keys";

    public static WebApplicationBuilder AddPrivacy(this WebApplicationBuilder builder, StorageOptions storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        builder.Services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddNpsBotDataProtection(storage);
        builder.Services.AddSingleton<ITextProtector>(services =>
            services.GetRequiredService<IOptions<PrivacyOptions>>().Value.RawTextRetention > TimeSpan.Zero
                ? ActivatorUtilities.CreateInstance<DataProtectionTextProtector>(services)
                : NoRawText.Instance);
        builder.Services.AddHostedService<RawTextPurgeService>();
        builder.Services.AddSingleton<ForgetCustomerService>();
        return builder;
    }

    /// <summary>
    /// The one Data Protection registration of the server: keys persisted in &lt;data&gt;/keys so they survive restarts
    /// (and every instance sharing the folder shares them), one application name. Other areas use it with their own
    /// purpose, "NpsBot.&lt;Area&gt;" (see <see cref="DataProtectionPurposes"/>).
    /// </summary>
    public static IServiceCollection AddNpsBotDataProtection(this IServiceCollection services, StorageOptions storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var dataDirectory = storage.ResolveDirectory() ?? Path.GetFullPath(storage.DataDirectory);
        services.AddDataProtection()
            .SetApplicationName(DataProtectionPurposes.ApplicationName)
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDirectory, KeysFolder)));
        return services;
    }
}
