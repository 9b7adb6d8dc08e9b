using Microsoft.AspNetCore.Hosting;

namespace NpsBot.Testing.Hosting;

/// <summary>
/// The server as shipped: the NPS survey of dialogs/ and the SQLite turn store, in the factory's temporary data folder.
/// For tests of the product end to end; <see cref="NpsBotApplicationFactory"/> keeps the scripted double for channel tests.
/// </summary>
public sealed class RealSurveyApplicationFactory : NpsBotApplicationFactory
{

    protected override void ConfigureBot(IWebHostBuilder builder)
    {
        // Nothing to replace: the host's own registrations are the subject under test.
    }
}
