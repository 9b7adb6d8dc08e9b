using NpsBot.Conversations.Privacy;
using NpsBot.Server.Privacy;

namespace NpsBot.Server.Cli;

/// <summary>
/// `forget-customer --channel ID --user ID`: deletes or anonymises every row of one customer (see
/// <see cref="ForgetCustomerService"/>) and prints what was done and what remains.
/// </summary>
public sealed class ForgetCustomerVerb(ForgetCustomerService forget)
{
    public const string Name = "forget-customer";

    public async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var channel = CommandLine.OptionOf(args, "--channel");
        var user = CommandLine.OptionOf(args, "--user");
        if (string.IsNullOrWhiteSpace(channel) || string.IsNullOrWhiteSpace(user))
        {
            await error.WriteLineAsync($"Usage: {Name} --channel <channel id> --user <user id on that channel>");
            return 2;
        }

        var report = await forget.ForgetAsync(new CustomerIdentity(channel, user), cancellationToken);
        await output.WriteLineAsync($"Forgot user '{user}' of channel '{channel}':");
        foreach (var erasure in report.Erased)
        {
            await output.WriteLineAsync($"  {erasure.How,-10} {erasure.Rows,6} {erasure.What}");
        }

        await output.WriteLineAsync("What remains:");
        foreach (var line in report.Remaining)
        {
            await output.WriteLineAsync($"  {line}");
        }

        await output.WriteLineAsync($"Rows still naming the customer: {report.RowsStillNamingCustomer}");
        return report.RowsStillNamingCustomer == 0 ? 0 : 1;
    }
}
