using Ardalis.Specification;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Disclosures;
using NodaTime;

namespace FriendlyGov.Application.Disclosures.EndDisclosurePosting;

/// <summary>Handles <see cref="EndDisclosurePosting"/>; returns how many days the disclosure was public.</summary>
/// <param name="disclosures">Stores the disclosure.</param>
/// <param name="currentActor">Who records it.</param>
/// <param name="clock">The clock, for today's date in Vietnam.</param>
/// <param name="audit">The audit entry's subject and summary.</param>
internal sealed class EndDisclosurePostingHandler(
    IRepository<Disclosure> disclosures,
    ICurrentActor currentActor,
    IClock clock,
    AuditContext audit) : IRequestHandler<EndDisclosurePosting, int>
{
    /// <inheritdoc />
    public async Task<int> Handle(EndDisclosurePosting request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var now = clock.GetCurrentInstant();
        var today = VietnamTime.DateAt(now);
        if (request.PostedUntil > today)
            throw new ValidationException(nameof(EndDisclosurePosting), [new Problem("postedUntil", $"{request.PostedUntil:uuuu-MM-dd} is after today, {today:uuuu-MM-dd}")]);
        var disclosure = await DisclosureAsync(disclosures, request.DisclosureId, cancellationToken).ConfigureAwait(false);
        DomainInput.Checked(nameof(EndDisclosurePosting), DomainInput.SameFields, () =>
        {
            disclosure.EndPosting(request.PostedUntil, currentActor.Actor.Id, now);
            return true;
        });
        await disclosures.UpdateAsync(disclosure, cancellationToken).ConfigureAwait(false);
        var days = disclosure.DaysPosted(today);
        audit.Record(
            $"disclosure/{disclosure.Id}",
            $"recorded that the disclosure of {disclosure.ItemId} by unit {disclosure.UnitCode} on {disclosure.Channel.ToCode()} was public from {disclosure.PostedFrom:uuuu-MM-dd} until {request.PostedUntil:uuuu-MM-dd}, {days} days");
        return days;
    }

    /// <summary>A recorded disclosure.</summary>
    /// <param name="disclosures">The disclosures.</param>
    /// <param name="disclosureId">Its id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The disclosure.</returns>
    /// <exception cref="NotFoundException">There is no such disclosure.</exception>
    internal static async Task<Disclosure> DisclosureAsync(IReadRepositoryBase<Disclosure> disclosures, Guid disclosureId, CancellationToken cancellationToken) =>
        await disclosures.GetByIdAsync(disclosureId, cancellationToken).ConfigureAwait(false)
        ?? throw new NotFoundException($"There is no disclosure {disclosureId}.");
}
