namespace NpsBot.Language.Themes;

/// <summary>
/// Holds the current offline theme model: loaded (or trained) once on first use or at start-up, swapped when retrained
/// with the managers' corrections.
/// </summary>
public sealed class ThemeModelHolder(LanguageOptions options)
{
    private readonly Lock _gate = new();
    private Task<ThemeModel>? _current;

    /// <summary>Holds a model already in memory (tests, benchmarks, the CLI after training).</summary>
    public ThemeModelHolder(ThemeModel model)
        : this(new LanguageOptions())
    {
        _current = Task.FromResult(model);
    }

    public Task<ThemeModel> GetAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            // A failed load is tried again on the next call; one caller giving up does not cancel the shared load.
            if (_current is { IsFaulted: true } or { IsCanceled: true })
            {
                _current = null;
            }

            _current ??= ThemeModel.LoadOrTrainAsync(options.DataDirectory, options.TrainingDataPaths, corrections: null, CancellationToken.None);
            return _current.WaitAsync(cancellationToken);
        }
    }

    public async Task<ThemeModel> RetrainAsync(IEnumerable<(string Text, string Theme)> corrections, CancellationToken cancellationToken = default)
    {
        var model = await ThemeModel.TrainAsync(options.DataDirectory, options.TrainingDataPaths, corrections, cancellationToken);
        lock (_gate)
        {
            _current = Task.FromResult(model);
        }

        return model;
    }
}
