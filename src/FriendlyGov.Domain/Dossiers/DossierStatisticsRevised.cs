using FriendlyGov.Domain.Periods;
using NodaTime;

namespace FriendlyGov.Domain.Dossiers;

/// <summary>A unit's dossier statistics for a period were corrected.</summary>
/// <param name="StatisticsId">The statistics' id.</param>
/// <param name="UnitCode">The unit.</param>
/// <param name="Period">The period.</param>
/// <param name="By">Who recorded the correction.</param>
/// <param name="At">When.</param>
public sealed record DossierStatisticsRevised(Guid StatisticsId, string UnitCode, AssessmentPeriod Period, string By, Instant At) : IDomainEvent;
