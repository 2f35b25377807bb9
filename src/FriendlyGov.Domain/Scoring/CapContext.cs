using FriendlyGov.Domain.Evidence;

namespace FriendlyGov.Domain.Scoring;

/// <summary>What a cap's condition may look at: a unit's points and its evidence.</summary>
public sealed class CapContext
{
    private readonly IReadOnlyDictionary<string, IndicatorScore> _indicators;

    internal CapContext(IReadOnlyList<GroupScore> groups, IReadOnlyDictionary<string, IndicatorScore> indicators, UnitEvidence evidence)
    {
        Groups = groups;
        _indicators = indicators;
        Evidence = evidence;
    }

    /// <summary>The group scores.</summary>
    public IReadOnlyList<GroupScore> Groups { get; }

    /// <summary>The evidence scored.</summary>
    public UnitEvidence Evidence { get; }

    /// <summary>The score of an indicator of the framework, bonus indicators included.</summary>
    /// <param name="id">The indicator's id.</param>
    /// <returns>Its score.</returns>
    public IndicatorScore Indicator(string id) => _indicators[id];
}
