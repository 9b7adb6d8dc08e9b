using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace NpsBot.Storage;

/// <summary>Lets <c>dotnet ef</c> build the SQLite context without the server host; the database named here is never opened.</summary>
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

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL context (<c>--context PostgresDbContext</c>); never connects.</summary>
public sealed class PostgresDbContextFactory : IDesignTimeDbContextFactory<PostgresDbContext>
{
    public PostgresDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresDbContext>()
            .UseNpgsql("Host=localhost;Database=npsbot_design")
            .Options;
        return new PostgresDbContext(options);
    }
}
