using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace FriendlyGov.Infrastructure.Tests;

/// <summary>
/// What the load test's workers saw, counted by request and outcome (<c>ok</c>, <c>workflow</c>,
/// <c>concurrency</c>, <c>busy</c>, <c>duplicate-session</c>), and the failures nobody expected.
/// Safe to use from every worker at once.
/// </summary>
public sealed class LoadTally
{
    private readonly ConcurrentDictionary<(string Request, string Outcome), int> _counts = new();
    private readonly ConcurrentQueue<string> _unexpected = new();
    private int _sends;

    /// <summary>How many requests were sent through the mediator, retries included.</summary>
    public int Sends => Volatile.Read(ref _sends);

    /// <summary>The failures nobody expected, each with its request.</summary>
    public IReadOnlyCollection<string> Unexpected => _unexpected;

    /// <summary>Counts one send of a request with its outcome.</summary>
    /// <param name="request">The request's name.</param>
    /// <param name="outcome">What came back.</param>
    public void Count(string request, string outcome)
    {
        Interlocked.Increment(ref _sends);
        _counts.AddOrUpdate((request, outcome), 1, (_, n) => n + 1);
    }

    /// <summary>How many sends of any request ended with an outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The count.</returns>
    public int Of(string outcome) => _counts.Where(c => c.Key.Outcome == outcome).Sum(c => c.Value);

    /// <summary>Keeps a failure nobody expected.</summary>
    /// <param name="request">The request.</param>
    /// <param name="failure">The failure.</param>
    public void Unexpect(object request, Exception failure)
    {
        Interlocked.Increment(ref _sends);
        _unexpected.Enqueue($"{request.GetType().Name}: {failure}");
    }

    /// <summary>A table of the counts, one line per request.</summary>
    /// <returns>The table.</returns>
    public string Table()
    {
        var outcomes = _counts.Keys.Select(k => k.Outcome).Distinct().Order(StringComparer.Ordinal).ToList();
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"request",-22}{string.Concat(outcomes.Select(o => $"{o,19}"))}");
        foreach (var request in _counts.Keys.Select(k => k.Request).Distinct().Order(StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{request,-22}{string.Concat(outcomes.Select(o => $"{_counts.GetValueOrDefault((request, o)),19}"))}");
        }

        return text.ToString();
    }
}
