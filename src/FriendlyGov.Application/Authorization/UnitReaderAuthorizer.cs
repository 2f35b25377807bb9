using FriendlyGov.Application.Units;
using FriendlyGov.Domain.Periods;

namespace FriendlyGov.Application.Authorization;

/// <summary>
/// Authorizes a query about one unit's figures over a period by <see cref="Rules.ReaderInScope"/>:
/// the officer, or an appraiser or administrator of the province, of the unit that existed on the
/// period's last day (the unit a round for the period would assess, <c>AdministrativeUnit.AssessableFor</c>).
/// </summary>
/// <typeparam name="TRequest">The query.</typeparam>
/// <param name="units">The units, for the unit's province.</param>
/// <param name="unitCode">Reads the query's unit code.</param>
/// <param name="period">Reads the query's period, already checked by its validator.</param>
internal abstract class UnitReaderAuthorizer<TRequest>(UnitLookup units, Func<TRequest, string> unitCode, Func<TRequest, string> period)
    : UnitAuthorizer<TRequest>(units, unitCode, r => AssessmentPeriod.Parse(period(r)).End, ReaderOf);
