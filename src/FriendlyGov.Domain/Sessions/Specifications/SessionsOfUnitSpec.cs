using Ardalis.Specification;

namespace FriendlyGov.Domain.Sessions.Specifications;

/// <summary>A unit's "Morning with the People" sessions, oldest first.</summary>
public sealed class SessionsOfUnitSpec : Specification<MorningSession>
{
    /// <summary>Selects the sessions of <paramref name="unitCode"/>.</summary>
    /// <param name="unitCode">The unit.</param>
    public SessionsOfUnitSpec(string unitCode) =>
        Query.Where(s => s.UnitCode == unitCode).OrderBy(s => s.HeldOn);
}
