using FriendlyGov.Application.Validation;

namespace FriendlyGov.Application.Feedback.GetFeedbackSummary;

/// <summary>Checks <see cref="GetFeedbackSummary"/>: a unit code and a period.</summary>
internal sealed class GetFeedbackSummaryValidator() : UnitAndPeriodValidator<GetFeedbackSummary>(request => request.UnitCode, request => request.Period);
