using CsvHelper;
using NpsBot.Recovery.Playbooks;
using NpsBot.Storage.Stores;

namespace NpsBot.Server.Cli;

/// <summary>
/// `discount-codes import --remedy CODE file.csv`: adds the codes of the CSV file's <c>code</c> column (a header row
/// first; other columns are ignored) to the pool of the playbook remedy CODE (its <c>pool</c> in dialogs/playbooks.yaml).
/// A code already in the pool is kept as it is, so importing the same file twice adds nothing. `discount-codes count
/// --remedy CODE` says how many codes are free and how many were handed out. The CSV is read with CsvHelper.
/// </summary>
public sealed class DiscountCodesVerb(PlaybookCatalog playbooks, DiscountCodePoolStore pool)
{
    public const string Name = "discount-codes";
    private const string CodeColumn = "code";

    public async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var action = args.Length > 1 ? args[1] : null;
        var remedyCode = CommandLine.OptionOf(args, "--remedy");
        if (action is not ("import" or "count") || remedyCode is null)
        {
            await error.WriteLineAsync("Usage: discount-codes import --remedy CODE file.csv | discount-codes count --remedy CODE");
            return 2;
        }

        if (!playbooks.Remedies.TryGetValue(remedyCode, out var remedy) || remedy.Pool is not { } poolName)
        {
            var pooled = string.Join(", ", playbooks.Remedies.Values.Where(r => r.Pool is not null).Select(r => r.Code));
            await error.WriteLineAsync($"--remedy: '{remedyCode}' is not a remedy with a discount-code pool in playbooks.yaml (those with one: {pooled}).");
            return 2;
        }

        if (action == "count")
        {
            var (free, issued) = await pool.CountAsync(poolName, cancellationToken);
            await output.WriteLineAsync($"Pool {poolName} ({remedyCode}): {free} free, {issued} handed out.");
            return 0;
        }

        var file = args.Skip(2).Where((arg, i) => !arg.StartsWith('-') && (i == 0 || args[i + 1] != "--remedy")).LastOrDefault();
        if (file is null || !File.Exists(file))
        {
            await error.WriteLineAsync(file is null ? "Name the CSV file: discount-codes import --remedy CODE file.csv" : $"No such file: {file}");
            return 2;
        }

        List<string> codes;
        try
        {
            codes = ReadCodes(file);
        }
        catch (Exception e) when (e is CsvFormatException or KeyNotFoundException)
        {
            await error.WriteLineAsync($"{file}: {e.Message}");
            return 2;
        }

        var added = await pool.ImportAsync(poolName, codes, cancellationToken);
        var (nowFree, handedOut) = await pool.CountAsync(poolName, cancellationToken);
        await output.WriteLineAsync(
            $"Imported {added} new code(s) of {codes.Count} into pool {poolName} ({remedyCode}); {codes.Count - added} already there. Now {nowFree} free, {handedOut} handed out.");
        return 0;
    }

    private static List<string> ReadCodes(string file)
    {
        using var csv = CsvReader.FromFile(file, new CsvReaderOptions { HasHeader = true });
        if (!csv.TryGetFieldIndex(CodeColumn, out var column))
        {
            throw new KeyNotFoundException($"no '{CodeColumn}' column in the header row (found: {string.Join(", ", csv.Headers)}).");
        }

        var codes = new List<string>();
        while (csv.Read())
        {
            var code = csv.GetString(column).Trim();
            if (code.Length > 0)
            {
                codes.Add(code);
            }
        }

        return codes;
    }
}
