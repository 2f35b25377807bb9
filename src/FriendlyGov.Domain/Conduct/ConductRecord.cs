namespace FriendlyGov.Domain.Conduct;

/// <summary>
/// The observations of one code of conduct, each recorded once: recording the same official,
/// rule, date and source reference again returns the observation already recorded.
/// </summary>
/// <param name="code">The code of conduct the observations name rules of.</param>
public sealed class ConductRecord(ConductCode code)
{
    private readonly Dictionary<ObservationKey, ConductObservation> _observations = [];

    /// <summary>The code of conduct.</summary>
    public ConductCode Code { get; } = Guard.Against.Null(code);

    /// <summary>Every observation, in the order first recorded.</summary>
    public IEnumerable<ConductObservation> Observations => _observations.Values;

    /// <summary>Records an observation, once.</summary>
    /// <param name="observation">An observation reported under <see cref="Code"/>.</param>
    /// <returns>The observation recorded under its key: <paramref name="observation"/> when new,
    /// the earlier one when the same key was recorded before.</returns>
    public ConductObservation Record(ConductObservation observation)
    {
        Guard.Against.Null(observation);
        if (!Code.TryGetRule(observation.RuleId, out _)) throw new InvalidInputException([new Problem("rule", Code.NotARule(observation.RuleId))]);
        return _observations.TryAdd(observation.Key, observation) ? observation : _observations[observation.Key];
    }

    /// <summary>The breaches of one unit, as the scoring engine reads them.</summary>
    /// <param name="unitCode">The unit's code.</param>
    /// <returns>Every observation in that unit, whatever its status.</returns>
    public IEnumerable<ConductBreach> BreachesIn(string unitCode) =>
        _observations.Values.Where(o => o.UnitCode == unitCode).Select(o => o.ToBreach());
}
