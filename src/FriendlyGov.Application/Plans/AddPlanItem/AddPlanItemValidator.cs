using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;

namespace FriendlyGov.Application.Plans.AddPlanItem;

/// <summary>Checks <see cref="AddPlanItem"/>: an item code, a title and a lead's code.</summary>
internal sealed class AddPlanItemValidator : IRequestValidator<AddPlanItem>
{
    /// <inheritdoc />
    public IEnumerable<Problem> Validate(AddPlanItem request)
    {
        Guard.Against.Null(request);
        return [.. PlanFields.Code("itemId", request.ItemId), .. PlanFields.Required("title", request.Title), .. PlanFields.Code("lead", request.Lead)];
    }
}
