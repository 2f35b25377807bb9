using FriendlyGov.Application.Units;

namespace FriendlyGov.Application.Authorization;

/// <summary>
/// Authorizes a query about one unit's figures by <see cref="Rules.ReaderInScope"/>: the unit's
/// officer, or an appraiser or administrator of its province.
/// </summary>
/// <typeparam name="TRequest">The query.</typeparam>
/// <param name="units">The units, for the unit's province.</param>
/// <param name="unitCode">Reads the query's unit code.</param>
internal abstract class UnitReaderAuthorizer<TRequest>(UnitLookup units, Func<TRequest, string> unitCode)
    : UnitAuthorizer<TRequest>(units, unitCode, ReaderOf);
