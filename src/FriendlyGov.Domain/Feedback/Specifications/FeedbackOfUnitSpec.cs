using Ardalis.Specification;
using NodaTime;

namespace FriendlyGov.Domain.Feedback.Specifications;

/// <summary>The feedback about one unit whose transaction dates fall within a range.</summary>
public sealed class FeedbackOfUnitSpec : Specification<CitizenFeedback>
{
    /// <summary>Selects the feedback about <paramref name="unitCode"/> from <paramref name="start"/> to <paramref name="end"/>.</summary>
    /// <param name="unitCode">The unit.</param>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day.</param>
    public FeedbackOfUnitSpec(string unitCode, LocalDate start, LocalDate end) =>
        Query.Where(f => f.UnitCode == unitCode && f.TransactionDate >= start && f.TransactionDate <= end);
}
