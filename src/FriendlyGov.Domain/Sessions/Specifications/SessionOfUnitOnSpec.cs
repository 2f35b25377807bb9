using Ardalis.Specification;
using NodaTime;

namespace FriendlyGov.Domain.Sessions.Specifications;

/// <summary>The session a unit held on a date, if any: a unit holds at most one a day.</summary>
public sealed class SessionOfUnitOnSpec : Specification<MorningSession>
{
    /// <summary>Selects the session of <paramref name="unitCode"/> on <paramref name="heldOn"/>.</summary>
    /// <param name="unitCode">The unit.</param>
    /// <param name="heldOn">The date.</param>
    public SessionOfUnitOnSpec(string unitCode, LocalDate heldOn) =>
        Query.Where(s => s.UnitCode == unitCode && s.HeldOn == heldOn);
}
