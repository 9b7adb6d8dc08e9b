using System.Text.Json;
using Microsoft.AspNetCore.Components;

namespace NpsBot.Console.Insights;

/// <summary>
/// What a page loaded while the server prerendered it, carried into the same page once it runs in the circuit
/// (<see cref="PersistentComponentState"/>), so that the live page neither asks the database again (the dashboard's
/// twelve queries, the responses' first page) nor swaps what the reader sees for "Loading…" under their pointer.
/// </summary>
/// <remarks>
/// The prerender <see cref="Keep"/>s what it loaded for its address; the live page <see cref="Take"/>s it once, for the
/// same address only. State that cannot be read back (another version's shape) is ignored: the live page loads afresh.
/// </remarks>
public sealed class PrerenderedPage<T> : IDisposable where T : class
{
    private readonly PersistingComponentStateSubscription _persisting;
    private readonly bool _live;
    private Carried? _carried;

    public PrerenderedPage(PersistentComponentState state, string key, bool live)
    {
        ArgumentNullException.ThrowIfNull(state);
        _live = live;
        if (!live)
        {
            _persisting = state.RegisterOnPersisting(() =>
            {
                state.PersistAsJson(key, _carried);
                return Task.CompletedTask;
            });
            return;
        }

        try
        {
            state.TryTakeFromJson(key, out _carried);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            _carried = null;
        }
    }

    /// <summary>The prerender's value for <paramref name="uri"/>, once; null while prerendering, or for another address.</summary>
    public T? Take(string uri)
    {
        var carried = _carried;
        _carried = null;
        return _live && carried is not null && carried.Uri == uri ? carried.Value : null;
    }

    /// <summary>While prerendering, what was loaded for <paramref name="uri"/>: written into the page at the end.</summary>
    public void Keep(string uri, T value)
    {
        if (!_live)
        {
            _carried = new Carried(uri, value);
        }
    }

    public void Dispose() => _persisting.Dispose();

    /// <summary>One address and what was loaded for it.</summary>
    public sealed record Carried(string Uri, T Value);
}
