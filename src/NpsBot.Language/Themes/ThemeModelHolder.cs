namespace NpsBot.Language.Themes;

/// <summary>
/// Holds the current offline theme model: loaded (or trained) once on first use or at start-up, swapped when retrained
/// with the managers' corrections. A saved model trained from other base lines or features is trained again at that first
/// load (<see cref="ThemeTrainingFingerprint"/>), with the labelled complaints of <paramref name="reviewed"/> when the host has them.
/// </summary>
public sealed class ThemeModelHolder(LanguageOptions options, IReviewedThemeSource? reviewed = null)
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

            _current ??= ThemeModel.LoadCurrentOrTrainAsync(options.DataDirectory, options.TrainingDataPaths, ReviewedAsync, CancellationToken.None);
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

    private async Task<IEnumerable<(string Text, string Theme)>> ReviewedAsync(CancellationToken cancellationToken) =>
        reviewed is null ? [] : (await reviewed.LoadAsync(cancellationToken)).Select(r => (r.Text, r.Theme));
}
