using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using NodaTime;

namespace FriendlyGov.Application;

/// <summary>
/// The one shape of a state-changing step on a stored aggregate: load it (a
/// <see cref="NotFoundException"/> when it is not there), act on it with who and when, stage the
/// update, and say in the audit trail what changed. The pipeline authorizes the request before
/// and commits after, then publishes the aggregate's domain events; a <see cref="DomainRuleException"/> of the act becomes a
/// <see cref="WorkflowException"/> there, and problems the domain finds with the input (an
/// <see cref="InvalidInputException"/>) become a <see cref="ValidationException"/> on the
/// request's fields here.
/// </summary>
/// <typeparam name="TRequest">The step's command.</typeparam>
/// <typeparam name="TAggregate">The aggregate it changes.</typeparam>
/// <typeparam name="TResponse">What the step returns.</typeparam>
/// <param name="store">Stores the aggregate.</param>
/// <param name="step">Who takes the step, when, and its audit entry.</param>
internal abstract class AggregateStepHandler<TRequest, TAggregate, TResponse>(IRepository<TAggregate> store, StepContext step)
    : IRequestHandler<TRequest, TResponse>
    where TRequest : IRequest<TResponse>
    where TAggregate : AggregateRoot
{
    /// <summary>The request field of each domain parameter named otherwise, such as <c>number</c> → <c>issueNumber</c>.</summary>
    protected virtual IReadOnlyDictionary<string, string> DomainFields => DomainInput.SameFields;

    /// <inheritdoc />
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var aggregate = await LoadAsync(request, cancellationToken).ConfigureAwait(false);
        var at = step.Now();
        var response = DomainInput.Checked(typeof(TRequest).Name, DomainFields, () => Act(aggregate, request, step.By, at));
        await store.UpdateAsync(aggregate, cancellationToken).ConfigureAwait(false);
        step.Audit.Record(Subject(aggregate), Summary(aggregate, request, response));
        return response;
    }

    /// <summary>Reads the aggregate the request names.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The aggregate.</returns>
    /// <exception cref="NotFoundException">It is not there.</exception>
    protected abstract Task<TAggregate> LoadAsync(TRequest request, CancellationToken cancellationToken);

    /// <summary>Takes the step on the aggregate.</summary>
    /// <param name="aggregate">The aggregate.</param>
    /// <param name="request">The request.</param>
    /// <param name="by">Who takes it.</param>
    /// <param name="at">When.</param>
    /// <returns>What the request returns.</returns>
    protected abstract TResponse Act(TAggregate aggregate, TRequest request, string by, Instant at);

    /// <summary>The audit subject of the aggregate, such as <c>assessment/{id}</c>.</summary>
    /// <param name="aggregate">The aggregate.</param>
    /// <returns>The subject.</returns>
    protected abstract string Subject(TAggregate aggregate);

    /// <summary>What changed, in words, for the audit trail.</summary>
    /// <param name="aggregate">The aggregate, after the step.</param>
    /// <param name="request">The request.</param>
    /// <param name="response">What the step returned.</param>
    /// <returns>The summary.</returns>
    protected abstract string Summary(TAggregate aggregate, TRequest request, TResponse response);
}
