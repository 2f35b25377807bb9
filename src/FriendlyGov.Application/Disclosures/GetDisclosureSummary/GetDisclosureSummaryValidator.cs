using FriendlyGov.Application.Validation;

namespace FriendlyGov.Application.Disclosures.GetDisclosureSummary;

/// <summary>Checks <see cref="GetDisclosureSummary"/>: a five-digit unit code and a period.</summary>
internal sealed class GetDisclosureSummaryValidator() : UnitPeriodValidator<GetDisclosureSummary>(r => r.UnitCode, r => r.Period);
