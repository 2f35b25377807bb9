using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Plans;

namespace FriendlyGov.Application.Plans;

/// <summary>Applies one change to a stored coordination plan, turning the domain's problems with the request's fields into a <see cref="ValidationException"/>.</summary>
internal static class PlanEdits
{
    /// <summary>Reads the plan, applies <paramref name="change"/> and stages the update.</summary>
    /// <typeparam name="T">What the change returns.</typeparam>
    /// <param name="plans">The plans.</param>
    /// <param name="planId">The plan.</param>
    /// <param name="request">The request's name, for a <see cref="ValidationException"/>.</param>
    /// <param name="change">The change; it may look items up with <see cref="PlanLookup"/>.</param>
    /// <param name="cancellationToken">Cancels the read and the update.</param>
    /// <returns>The plan and what the change returned.</returns>
    /// <exception cref="NotFoundException">No such plan, or the change named an item or milestone it lacks.</exception>
    /// <exception cref="ValidationException">The change breaks an invariant about the request's fields.</exception>
    /// <exception cref="DomainRuleException">The plan's state does not allow the change, such as a milestone completed twice; the pipeline makes it a <see cref="WorkflowException"/>.</exception>
    public static async Task<(CoordinationPlan Plan, T Result)> ApplyAsync<T>(
        IRepository<CoordinationPlan> plans, Guid planId, string request, Func<CoordinationPlan, T> change, CancellationToken cancellationToken)
    {
        var plan = await PlanLookup.PlanAsync(plans, planId, cancellationToken).ConfigureAwait(false);
        T result;
        try
        {
            result = change(plan);
        }
        catch (InvalidInputException e)
        {
            throw new ValidationException(request, e.Problems, e);
        }

        await plans.UpdateAsync(plan, cancellationToken).ConfigureAwait(false);
        return (plan, result);
    }

    /// <summary>The audit subject of a plan.</summary>
    /// <param name="planId">The plan.</param>
    /// <returns><c>plan/{id}</c>.</returns>
    public static string Subject(Guid planId) => $"plan/{planId}";
}
