using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Plans;

namespace FriendlyGov.Application.Plans.CreatePlan;

/// <summary>
/// Checks <see cref="CreatePlan"/>: a province; either a known template and nothing the template
/// gives, or a title, a period and at least two parties.
/// </summary>
internal sealed class CreatePlanValidator : IRequestValidator<CreatePlan>
{
    /// <inheritdoc />
    public IEnumerable<Problem> Validate(CreatePlan request)
    {
        Guard.Against.Null(request);
        var problems = PlanFields.Required("province", request.Province).ToList();
        if (request.Template is { } template)
        {
            if (!BuiltInPlanTemplates.TryGet(template, out _))
                problems.Add(new Problem("template", $"'{template}' is not a built-in plan template: use one of {string.Join(", ", BuiltInPlanTemplates.All.Select(t => t.Id))}"));
            foreach (var (field, value) in new (string, object?)[] { ("title", request.Title), ("period", request.Period), ("parties", request.Parties) })
            {
                if (value is not null) problems.Add(new Problem(field, $"must be left out: template {template} gives it"));
            }

            return problems;
        }

        problems.AddRange(PlanFields.Required("title", request.Title));
        if (!AssessmentPeriod.TryParse(request.Period ?? string.Empty, out _))
            problems.Add(new Problem("period", $"'{request.Period}' is not a period: write 2024, 2024-H1, 2024-Q2 or 2024-05"));
        if (request.Parties is not { Count: >= 2 })
            problems.Add(new Problem("parties", $"a coordination plan is between at least two bodies, not {request.Parties?.Count ?? 0}"));
        return problems;
    }
}
