using FriendlyGov.Domain.Evidence;

namespace FriendlyGov.Domain.Scoring;

/// <summary>What a cap's condition may look at: a unit's points and its evidence.</summary>
public sealed class CapContext
{
    private readonly IReadOnlyDictionary<string, IndicatorScore> _indicators;

    /// <summary>Creates the context a cap is checked in: as scored, or as it would be (a what-if).</summary>
    /// <param name="groups">The group scores.</param>
    /// <param name="indicators">Every indicator's score by id, bonus indicators included.</param>
    /// <param name="evidence">The evidence, for conditions that read it (conduct).</param>
    public CapContext(IReadOnlyList<GroupScore> groups, IReadOnlyDictionary<string, IndicatorScore> indicators, UnitEvidence evidence)
    {
        Groups = Guard.Against.Null(groups);
        _indicators = Guard.Against.Null(indicators);
        Evidence = Guard.Against.Null(evidence);
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
