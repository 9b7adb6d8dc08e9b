using Microsoft.AspNetCore.DataProtection;

namespace NpsBot.Server.Hosting;

/// <summary>
/// ASP.NET Core Data Protection with its keys in the data folder (subfolder <see cref="KeysFolder"/>), so what it encrypts
/// (the Direct Line activity log) can be read after a restart and by every server instance sharing the data folder.
/// </summary>
public static class DataProtectionRegistration
{
    public const string KeysFolder = "keys";

    public static WebApplicationBuilder AddNpsBotDataProtection(this WebApplicationBuilder builder, string dataDirectory)
    {
        // One application name for every instance: the default discriminator is the content root, which differs between hosts.
        builder.Services.AddDataProtection()
            .SetApplicationName("NpsBot")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(Path.GetFullPath(dataDirectory), KeysFolder)));
        return builder;
    }
}
