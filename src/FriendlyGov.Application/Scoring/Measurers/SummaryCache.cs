using FriendlyGov.Domain.Periods;

namespace FriendlyGov.Application.Scoring.Measurers;

/// <summary>
/// What a measurer read for a unit and period, kept for the rest of its scope (one request):
/// several indicators measure the same data (two feedback aspects, three session measures), and
/// one read serves them all.
/// </summary>
internal sealed class SummaryCache<T>
{
    private readonly Dictionary<(string UnitCode, AssessmentPeriod Period), T> _read = [];

    public async Task<T> GetAsync(string unitCode, AssessmentPeriod period, Func<Task<T>> read)
    {
        if (_read.TryGetValue((unitCode, period), out var found)) return found;
        var value = await read().ConfigureAwait(false);
        _read[(unitCode, period)] = value;
        return value;
    }
}
