using FriendlyGov.Domain.Conduct;

namespace FriendlyGov.Domain.Criteria;

/// <summary>
/// What a framework's parts need to know of the framework to check that they fit in it: its ids
/// and its code of conduct.
/// </summary>
/// <param name="IndicatorIds">Every indicator id, bonus indicators included.</param>
/// <param name="GroupIds">Every group id.</param>
/// <param name="ConductCode">The framework's code of conduct, if it names one.</param>
public sealed record FrameworkOutline(IReadOnlySet<string> IndicatorIds, IReadOnlySet<string> GroupIds, ConductCode? ConductCode);
