using FriendlyGov.Application.Notifications;
using FriendlyGov.Application.Ports;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Audit;
using NodaTime;

namespace FriendlyGov.Application.Behaviors;

/// <summary>
/// Last in the pipeline, around the handler: for a command, writes its audit entry (actor,
/// clock instant, subject, summary) and remembers its result under its <c>RequestId</c>, then
/// commits all of it with the command's changes in one unit of work. Then it publishes the domain
/// events the saved aggregates raised, each as a <see cref="DomainEventNotification{TEvent}"/>
/// followed by the public notifications that stand for it, and, for any request, the
/// notifications its handler put in the <see cref="NotificationOutbox"/>: only after the change is
/// saved, and nothing when the request was refused or the save failed.
/// </summary>
/// <typeparam name="TRequest">The request.</typeparam>
/// <typeparam name="TResponse">Its response.</typeparam>
/// <param name="unitOfWork">Commits the change.</param>
/// <param name="auditTrail">The audit trail.</param>
/// <param name="idempotency">The remembered results.</param>
/// <param name="audit">What the handler said about its change.</param>
/// <param name="outbox">The notifications a handler raised without changing an aggregate (a check that finds something).</param>
/// <param name="currentActor">Who sent the request.</param>
/// <param name="clock">The clock.</param>
/// <param name="mediator">Publishes the events and notifications.</param>
public sealed class CommitBehavior<TRequest, TResponse>(
    IUnitOfWork unitOfWork,
    IAuditTrail auditTrail,
    IIdempotencyStore idempotency,
    AuditContext audit,
    NotificationOutbox outbox,
    ICurrentActor currentActor,
    IClock clock,
    IMediator mediator)
    : IPipelineBehavior<TRequest, TResponse>
{
    /// <inheritdoc />
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        Guard.Against.Null(next);
        TResponse response;
        IReadOnlyList<AggregateRoot> saved = [];
        try
        {
            response = await next().ConfigureAwait(false);
            if (request is ICommand<TResponse> command)
            {
                var name = typeof(TRequest).Name;
                auditTrail.Append(new AuditEntry(Guid.NewGuid(), clock.GetCurrentInstant(), currentActor.Actor.Id, name, audit.Subject ?? name, audit.Summary ?? name));
                idempotency.Remember(command.RequestId, RequestFingerprint.Of(currentActor.Actor.Id, request), response);
                saved = await unitOfWork.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            outbox.Clear();
            throw;
        }

        foreach (var notification in SavedChangeNotifications.Take(saved).Concat(outbox.TakeAll()))
            await mediator.Publish(notification, cancellationToken).ConfigureAwait(false);
        return response;
    }
}
