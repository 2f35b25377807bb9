using Ardalis.Specification;
using FriendlyGov.Domain.Assessments;

namespace FriendlyGov.Domain.Assessments.Specifications;

/// <summary>The rounds of one province.</summary>
public sealed class RoundsOfProvinceSpec : Specification<AssessmentRound>
{
    /// <summary>Selects the rounds of <paramref name="province"/>.</summary>
    /// <param name="province">The province, NFC.</param>
    public RoundsOfProvinceSpec(string province) =>
        Query.Where(r => r.Province == province);
}
