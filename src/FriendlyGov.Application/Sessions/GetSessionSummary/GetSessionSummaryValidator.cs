using FriendlyGov.Application.Validation;

namespace FriendlyGov.Application.Sessions.GetSessionSummary;

/// <summary>Checks <see cref="GetSessionSummary"/>: a five-digit unit code and a period.</summary>
internal sealed class GetSessionSummaryValidator() : UnitPeriodValidator<GetSessionSummary>(r => r.UnitCode, r => r.Period);
