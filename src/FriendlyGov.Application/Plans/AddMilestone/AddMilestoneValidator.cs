using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;

namespace FriendlyGov.Application.Plans.AddMilestone;

/// <summary>Checks <see cref="AddMilestone"/>: an item code, a milestone code and a title.</summary>
internal sealed class AddMilestoneValidator : IRequestValidator<AddMilestone>
{
    /// <inheritdoc />
    public IEnumerable<Problem> Validate(AddMilestone request)
    {
        Guard.Against.Null(request);
        return [.. PlanFields.Code("itemId", request.ItemId), .. PlanFields.Code("milestoneId", request.MilestoneId), .. PlanFields.Required("title", request.Title)];
    }
}
