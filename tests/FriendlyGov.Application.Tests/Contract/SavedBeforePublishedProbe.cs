using FriendlyGov.Application.Notifications;
using FriendlyGov.Application.Ports;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Assessments.Events;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Disclosures;
using FriendlyGov.Domain.Dossiers;
using FriendlyGov.Domain.Plans;
using FriendlyGov.Domain.Sessions;
using Microsoft.Extensions.DependencyInjection;

namespace FriendlyGov.Application.Tests.Contract;

/// <summary>
/// A handler of every notification that, for a domain event, reads the aggregate that raised it
/// from a fresh scope (what is committed, as another request would see it) and records its stored
/// version in the <see cref="SavedBeforePublishedLog"/>.
/// </summary>
/// <typeparam name="TNotification">The notification.</typeparam>
/// <param name="scopes">Makes the fresh scope.</param>
/// <param name="log">Where the finding goes.</param>
public sealed class SavedBeforePublishedProbe<TNotification>(IServiceScopeFactory scopes, SavedBeforePublishedLog log) : INotificationHandler<TNotification>
    where TNotification : INotification
{
    /// <inheritdoc />
    public async Task Handle(TNotification notification, CancellationToken cancellationToken)
    {
        var envelope = typeof(TNotification);
        if (!envelope.IsGenericType || envelope.GetGenericTypeDefinition() != typeof(DomainEventNotification<>)) return;
        var raised = (IDomainEvent)envelope.GetProperty(nameof(DomainEventNotification<>.Event))!.GetValue(notification)!;
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var (id, stored) = raised switch
        {
            EvidenceRecorded e => (e.AssessmentId, await Find<Assessment>(services, e.AssessmentId, cancellationToken)),
            AssessmentTransitioned e => (e.AssessmentId, await Find<Assessment>(services, e.AssessmentId, cancellationToken)),
            ObservationStepTaken e => (e.ObservationId, await Find<ConductObservation>(services, e.ObservationId, cancellationToken)),
            OfficialMoved e => (e.OfficialId, await Find<Official>(services, e.OfficialId, cancellationToken)),
            DisclosureRecorded e => (e.DisclosureId, await Find<Disclosure>(services, e.DisclosureId, cancellationToken)),
            DisclosurePostingEnded e => (e.DisclosureId, await Find<Disclosure>(services, e.DisclosureId, cancellationToken)),
            DossierStatisticsRevised e => (e.StatisticsId, await Find<DossierStatistics>(services, e.StatisticsId, cancellationToken)),
            PlanChanged e => (e.PlanId, await Find<CoordinationPlan>(services, e.PlanId, cancellationToken)),
            MorningSessionHeld e => (e.SessionId, await Find<MorningSession>(services, e.SessionId, cancellationToken)),
            SessionIssueResolved e => (e.SessionId, await Find<MorningSession>(services, e.SessionId, cancellationToken)),
            _ => throw new NotSupportedException($"{raised.GetType().Name} is a domain event this probe does not know: add the aggregate that raises it."),
        };
        log.Record(id, stored?.Version, raised.ToString()!);
    }

    private static async Task<AggregateRoot?> Find<T>(IServiceProvider services, Guid id, CancellationToken cancellationToken)
        where T : AggregateRoot =>
        await services.GetRequiredService<IReadRepository<T>>().GetByIdAsync(id, cancellationToken);
}
