using FriendlyGov.Domain;

namespace FriendlyGov.Application.Behaviors;

/// <summary>
/// Innermost in the pipeline, right around the handler: turns the domain's refusal of a business
/// rule (<see cref="DomainRuleException"/>) into the workflow's (<see cref="WorkflowException"/>),
/// keeping it as the inner exception. Nothing else is turned: an
/// <see cref="InvalidOperationException"/> from the domain is a bug and fails as one.
/// </summary>
/// <typeparam name="TRequest">The request.</typeparam>
/// <typeparam name="TResponse">Its response.</typeparam>
internal sealed class DomainRuleBehavior<TRequest, TResponse> : IPipelineBehavior<TRequest, TResponse>
{
    /// <inheritdoc />
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        Guard.Against.Null(next);
        try
        {
            return await next().ConfigureAwait(false);
        }
        catch (DomainRuleException e)
        {
            throw new WorkflowException(e);
        }
    }
}
