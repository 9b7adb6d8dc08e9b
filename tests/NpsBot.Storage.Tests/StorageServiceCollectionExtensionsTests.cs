using Microsoft.Extensions.DependencyInjection;
using NpsBot.Conversations.Runner;
using NpsBot.Storage.Stores;

namespace NpsBot.Storage.Tests;

public sealed class StorageServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddNpsBotStorage_registers_one_SqliteTurnStore_as_the_ITurnStore()
    {
        await using var database = await TestDatabase.CreateAsync();

        var turnStore = database.Services.GetRequiredService<ITurnStore>();

        Assert.Same(database.Store, turnStore);
        Assert.IsType<SqliteTurnStore>(turnStore);
    }
}
