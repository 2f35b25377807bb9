using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;

namespace FriendlyGov.Application.Plans.RecordProgress;

/// <summary>Checks <see cref="RecordProgress"/>: an item code, a note and a percent from 0 to 100 when given.</summary>
internal sealed class RecordProgressValidator : IRequestValidator<RecordProgress>
{
    /// <inheritdoc />
    public IEnumerable<Problem> Validate(RecordProgress request)
    {
        Guard.Against.Null(request);
        var problems = PlanFields.Code("itemId", request.ItemId).Concat(PlanFields.Required("note", request.Note)).ToList();
        if (request.PercentComplete is < 0 or > 100) problems.Add(new Problem("percentComplete", $"{request.PercentComplete} is outside [0, 100]"));
        return problems;
    }
}
