using FriendlyGov.Application.Validation;

namespace FriendlyGov.Application.Dossiers.GetDossierStatistics;

/// <summary>Checks <see cref="GetDossierStatistics"/>: a unit code and a period.</summary>
internal sealed class GetDossierStatisticsValidator() : UnitAndPeriodValidator<GetDossierStatistics>(request => request.UnitCode, request => request.Period);
