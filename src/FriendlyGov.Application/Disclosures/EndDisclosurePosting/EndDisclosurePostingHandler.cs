using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Disclosures;
using NodaTime;

namespace FriendlyGov.Application.Disclosures.EndDisclosurePosting;

/// <summary>Handles <see cref="EndDisclosurePosting"/>; returns how many days the disclosure was public.</summary>
/// <param name="lookup">Finds the disclosure.</param>
/// <param name="disclosures">Stores the disclosure.</param>
/// <param name="step">Who records it, when (for today's date in Vietnam), and the audit entry.</param>
internal sealed class EndDisclosurePostingHandler(ByIdLookup<Disclosure> lookup, IRepository<Disclosure> disclosures, StepContext step)
    : AggregateStepHandler<EndDisclosurePosting, Disclosure, int>(disclosures, step)
{
    /// <inheritdoc />
    protected override Task<Disclosure> LoadAsync(EndDisclosurePosting request, CancellationToken cancellationToken) =>
        lookup.ByIdAsync(Guard.Against.Null(request).DisclosureId, cancellationToken);

    /// <inheritdoc />
    protected override int Act(Disclosure aggregate, EndDisclosurePosting request, string by, Instant at)
    {
        Guard.Against.Null(aggregate);
        Guard.Against.Null(request);
        var today = VietnamTime.DateAt(at);
        if (request.PostedUntil > today)
            throw new ValidationException(nameof(EndDisclosurePosting), [new Problem("postedUntil", $"{request.PostedUntil:uuuu-MM-dd} is after today, {today:uuuu-MM-dd}")]);
        aggregate.EndPosting(request.PostedUntil, by, at);
        return aggregate.DaysPosted(today);
    }

    /// <inheritdoc />
    protected override string Subject(Disclosure aggregate) => $"disclosure/{Guard.Against.Null(aggregate).Id}";

    /// <inheritdoc />
    protected override string Summary(Disclosure aggregate, EndDisclosurePosting request, int response) =>
        $"recorded that the disclosure of {Guard.Against.Null(aggregate).ItemId} by unit {aggregate.UnitCode} on {aggregate.Channel.ToCode()} was public from {aggregate.PostedFrom:uuuu-MM-dd} until {Guard.Against.Null(request).PostedUntil:uuuu-MM-dd}, {response} days";
}
