using NpsBot.Server.Security;
using NpsBot.Server.Tests.Support;
using NpsBot.Storage;
using NpsBot.Testing.Hosting;

namespace NpsBot.Server.Tests.Security;

/// <summary>The data folder and what is in it belong to the server's user alone (issue 7: 0755 and 0644).</summary>
public sealed class DataFolderPermissionsTests
{
    private const UnixFileMode GroupOrOthers =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task After_start_the_data_folder_is_0700_and_the_database_and_secret_are_0600_even_when_they_were_open_before_issue_7()
    {
        var data = Path.Combine(Path.GetTempPath(), "npsbot-tests", Guid.NewGuid().ToString("N"));
        var server = new ServerFactory(data);
        try
        {
            // As an older version left it: a world-readable folder and database (on PostgreSQL, a SQLite file left from
            // before the move, which the server secures like any other file of the folder).
            File.SetUnixFileMode(data, (UnixFileMode)0b111_101_101);
            var database = Path.Combine(data, StorageOptions.DatabaseFileName);
            await File.WriteAllBytesAsync(database, [], TestContext.Current.CancellationToken);
            File.SetUnixFileMode(database, (UnixFileMode)0b110_100_100);

            using var response = await server.CreateClient().GetAsync(new Uri("/health/ready", UriKind.Relative), TestContext.Current.CancellationToken);

            response.EnsureSuccessStatusCode();
            Assert.Equal(DataFolderPermissions.Folder, File.GetUnixFileMode(data));
            Assert.Equal(DataFolderPermissions.File, File.GetUnixFileMode(database));
            var files = Directory.GetFiles(data, "*", SearchOption.AllDirectories);
            if (!TestStorage.IsPostgres)
            {
                Assert.Contains(files, file => file.EndsWith("-wal", StringComparison.Ordinal));
            }

            Assert.Contains(files, file => file.EndsWith("directline-secret.txt", StringComparison.Ordinal));
            Assert.All(files, file => Assert.Equal((UnixFileMode)0, File.GetUnixFileMode(file) & GroupOrOthers));
        }
        finally
        {
            await server.DisposeAsync();
            ServerFactory.DeleteData(data);
        }
    }
}
