using FriendlyGov.Application.Units;
using FriendlyGov.Domain.Periods;
using NodaTime;

namespace FriendlyGov.Application.Scoring.Measurers;

/// <summary>
/// What a measurer read for a unit and period, kept for the rest of its scope (one request):
/// several indicators measure the same data (two feedback aspects, three session measures), and
/// one read serves them all.
/// </summary>
internal sealed class SummaryCache<T>
{
    private readonly Dictionary<(string Code, LocalDate ExistedFrom, AssessmentPeriod Period), T> _read = [];

    public async Task<T> GetAsync(UnitPeriod scope, Func<Task<T>> read)
    {
        if (_read.TryGetValue(scope.Key, out var found)) return found;
        var value = await read().ConfigureAwait(false);
        _read[scope.Key] = value;
        return value;
    }
}
