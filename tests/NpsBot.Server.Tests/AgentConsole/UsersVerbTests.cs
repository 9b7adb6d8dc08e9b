using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Server.Cli;

namespace NpsBot.Server.Tests.AgentConsole;

public sealed class UsersVerbTests
{
    [Fact]
    public async Task Users_add_reads_the_password_from_standard_input_and_the_new_admin_can_sign_in()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = ConsoleServer.Create();
        var verb = ActivatorUtilities.CreateInstance<UsersVerb>(server.Services);

        var output = new StringWriter();
        var exit = await verb.RunAsync(["users", "add", "--email", "boss@example.com", "--role", "admin"], new StringReader(ConsoleServer.Password + "\n"), output, TextWriter.Null, ct);
        var listed = new StringWriter();
        await verb.RunAsync(["users", "list"], TextReader.Null, listed, TextWriter.Null, ct);

        Assert.Equal(0, exit);
        Assert.Contains("Added boss@example.com as admin", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("boss@example.com\tadmin\tactive", listed.ToString(), StringComparison.Ordinal);
        using var browser = ConsoleServer.Browser(server);
        using var signIn = await ConsoleServer.SignInAsync(browser, "boss@example.com", ConsoleServer.Password, ct);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        using var users = await browser.GetAsync("/console/users", ct);
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
    }

    [Theory]
    [InlineData(new[] { "users", "add", "--email", "x@example.com", "--role", "owner" }, "correct-horse-battery-7", 2, "Usage")]
    [InlineData(new[] { "users", "add", "--role", "agent" }, "correct-horse-battery-7", 2, "Usage")]
    [InlineData(new[] { "users", "add", "--email", "x@example.com", "--role", "agent" }, "", 2, "password")]
    [InlineData(new[] { "users", "add", "--email", "x@example.com", "--role", "agent" }, "short", 1, "Passwords must be at least 12 characters")]
    public async Task Users_add_refuses_a_bad_role_a_missing_email_or_a_weak_password_and_says_why(string[] args, string password, int code, string says)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = ConsoleServer.Create();
        var verb = ActivatorUtilities.CreateInstance<UsersVerb>(server.Services);
        var error = new StringWriter();

        var exit = await verb.RunAsync(args, new StringReader(password + "\n"), TextWriter.Null, error, ct);

        Assert.Equal(code, exit);
        Assert.Contains(says, error.ToString(), StringComparison.Ordinal);
        var listed = new StringWriter();
        await verb.RunAsync(["users", "list"], TextReader.Null, listed, TextWriter.Null, ct);
        Assert.Equal("", listed.ToString());
    }

    [Fact]
    public async Task The_first_admin_comes_from_configuration_when_there_are_no_users()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new Support.ServerFactory(settings: new Dictionary<string, string?>
        {
            ["Console:FirstAdmin:Email"] = "first@example.com",
            ["Console:FirstAdmin:Password"] = ConsoleServer.Password,
        }, configure: b => Microsoft.AspNetCore.TestHost.WebHostBuilderExtensions.ConfigureTestServices(b, s => { }));
        var listed = new StringWriter();

        await ActivatorUtilities.CreateInstance<UsersVerb>(server.Services).RunAsync(["users", "list"], TextReader.Null, listed, TextWriter.Null, ct);

        Assert.StartsWith("first@example.com\tadmin\tactive", listed.ToString(), StringComparison.Ordinal);
    }
}
