using NpsBot.Console.Access;

namespace NpsBot.Server.Cli;

/// <summary>
/// <c>users add --email E --role agent|manager|admin [--name N]</c> (the password is the first line of standard input,
/// so it stays out of the shell history and the process list) and <c>users list</c>.
/// </summary>
public sealed class UsersVerb(IConsoleUsers users)
{
    public const string Name = "users";
    private const string Usage = "Usage: users add --email <e-mail> --role agent|manager|admin [--name <display name>]  (password on standard input)\n       users list";

    public async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        switch (args.Length > 1 ? args[1] : null)
        {
            case "list":
                foreach (var user in await users.ListAsync(cancellationToken))
                {
                    await output.WriteLineAsync($"{user.Email}\t{user.Role}\t{(user.Disabled ? "disabled" : "active")}\t{user.DisplayName}");
                }

                return 0;
            case "add":
                var email = CommandLine.OptionOf(args, "--email");
                var role = CommandLine.OptionOf(args, "--role");
                if (string.IsNullOrWhiteSpace(email) || !ConsoleRoles.IsKnown(role))
                {
                    await error.WriteLineAsync(Usage);
                    return 2;
                }

                var password = (await input.ReadLineAsync(cancellationToken))?.TrimEnd('\r') ?? "";
                if (password.Length == 0)
                {
                    await error.WriteLineAsync("password: write it on standard input (one line).");
                    return 2;
                }

                var result = await users.AddAsync(email, CommandLine.OptionOf(args, "--name") ?? "", password, role!, cancellationToken);
                if (!result.Succeeded)
                {
                    await error.WriteLineAsync(result.Error);
                    return 1;
                }

                await output.WriteLineAsync($"Added {email} as {role}. Sign in at /console.");
                return 0;
            default:
                await error.WriteLineAsync(Usage);
                return 2;
        }
    }
}
