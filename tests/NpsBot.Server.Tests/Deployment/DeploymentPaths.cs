namespace NpsBot.Server.Tests.Deployment;

/// <summary>Where the repository's deployment files are, from the test's output folder.</summary>
public static class DeploymentPaths
{
    public static string File(params string[] parts) => Path.Combine([RepositoryRoot(), "deployment", .. parts]);

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(directory.FullName, "NpsBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("No NpsBot.sln above " + AppContext.BaseDirectory);
    }
}
