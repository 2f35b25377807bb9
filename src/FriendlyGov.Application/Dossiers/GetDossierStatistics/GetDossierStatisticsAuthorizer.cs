using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Units;

namespace FriendlyGov.Application.Dossiers.GetDossierStatistics;

/// <summary>The unit's officer, or an appraiser or administrator of its province, reads its dossier statistics.</summary>
/// <param name="units">The units, for the unit's province.</param>
internal sealed class GetDossierStatisticsAuthorizer(UnitLookup units)
    : UnitReaderAuthorizer<GetDossierStatistics>(units, request => request.UnitCode, request => request.Period);
