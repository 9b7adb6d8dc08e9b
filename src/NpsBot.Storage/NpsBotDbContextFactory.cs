using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace NpsBot.Storage;

/// <summary>Lets <c>dotnet ef</c> build the context without the server host; the database named here is never opened.</summary>
public sealed class NpsBotDbContextFactory : IDesignTimeDbContextFactory<NpsBotDbContext>
{
    public NpsBotDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<NpsBotDbContext>()
            .UseSqlite("Data Source=npsbot-design.db")
            .Options;
        return new NpsBotDbContext(options);
    }
}
