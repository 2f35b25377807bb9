using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Plans;
using NodaTime;

namespace FriendlyGov.Application.Plans.CreatePlan;

/// <summary>Handles <see cref="CreatePlan"/>; returns the plan's id.</summary>
/// <param name="plans">Stores the plan.</param>
/// <param name="currentActor">Who draws it up.</param>
/// <param name="clock">The clock.</param>
/// <param name="audit">The audit entry's subject and summary.</param>
internal sealed class CreatePlanHandler(
    IRepository<CoordinationPlan> plans,
    ICurrentActor currentActor,
    IClock clock,
    AuditContext audit) : IRequestHandler<CreatePlan, Guid>
{
    /// <inheritdoc />
    public async Task<Guid> Handle(CreatePlan request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var by = currentActor.Actor.Id;
        var at = clock.GetCurrentInstant();
        CoordinationPlan plan;
        try
        {
            plan = request.Template is { } name && BuiltInPlanTemplates.TryGet(name, out var template)
                ? CoordinationPlan.FromTemplate(request.Province, template, by, at)
                : CoordinationPlan.Create(request.Province, request.Title!, AssessmentPeriod.Parse(request.Period!), request.Parties!, by, at);
        }
        catch (InvalidInputException e)
        {
            throw new ValidationException(nameof(CreatePlan), e.Problems, e);
        }

        await plans.AddAsync(plan, cancellationToken).ConfigureAwait(false);
        var from = request.Template is null ? string.Empty : $" from template {request.Template}";
        audit.Record($"plan/{plan.Id}", $"drew up coordination plan '{plan.Title.Vi}' for {plan.Period} between {string.Join(" and ", plan.Parties.Select(p => p.Code))}{from}");
        return plan.Id;
    }
}
