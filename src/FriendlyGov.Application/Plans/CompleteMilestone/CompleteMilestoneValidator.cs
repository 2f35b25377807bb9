using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;

namespace FriendlyGov.Application.Plans.CompleteMilestone;

/// <summary>Checks <see cref="CompleteMilestone"/>: an item code and a milestone code.</summary>
internal sealed class CompleteMilestoneValidator : IRequestValidator<CompleteMilestone>
{
    /// <inheritdoc />
    public IEnumerable<Problem> Validate(CompleteMilestone request)
    {
        Guard.Against.Null(request);
        return [.. PlanFields.Code("itemId", request.ItemId), .. PlanFields.Code("milestoneId", request.MilestoneId)];
    }
}
