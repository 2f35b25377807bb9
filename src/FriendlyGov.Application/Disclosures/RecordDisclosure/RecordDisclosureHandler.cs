using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Disclosures;
using FriendlyGov.Domain.Disclosures.Specifications;
using NodaTime;

namespace FriendlyGov.Application.Disclosures.RecordDisclosure;

/// <summary>Handles <see cref="RecordDisclosure"/>; returns the disclosure's id, new or already recorded.</summary>
/// <param name="disclosures">Stores the disclosure.</param>
/// <param name="options">Holds the catalogue.</param>
/// <param name="currentActor">Who records it.</param>
/// <param name="clock">The clock, for today's date in Vietnam.</param>
/// <param name="audit">The audit entry's subject and summary.</param>
internal sealed class RecordDisclosureHandler(
    IRepository<Disclosure> disclosures,
    FriendlyGovOptions options,
    ICurrentActor currentActor,
    IClock clock,
    AuditContext audit) : IRequestHandler<RecordDisclosure, Guid>
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal) { ["item"] = "itemId" };

    /// <inheritdoc />
    public async Task<Guid> Handle(RecordDisclosure request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var now = clock.GetCurrentInstant();
        var today = VietnamTime.DateAt(now);
        if (request.PostedFrom > today)
            throw new ValidationException(nameof(RecordDisclosure), [new Problem("postedFrom", $"{request.PostedFrom:uuuu-MM-dd} is after today, {today:uuuu-MM-dd}: record a disclosure once it is public")]);
        var what = $"the disclosure of {request.ItemId} (occasion {request.Occasion:uuuu-MM-dd}) by unit {request.UnitCode} on {request.Channel.ToCode()} from {request.PostedFrom:uuuu-MM-dd}";
        var existing = await disclosures.FirstOrDefaultAsync(
            new SameDisclosureSpec(request.UnitCode, request.ItemId, request.Occasion, request.Channel, request.PostedFrom), cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            audit.Record($"disclosure/{existing.Id}", $"{what} was already recorded; nothing changed");
            return existing.Id;
        }

        var disclosure = DomainInput.Checked(nameof(RecordDisclosure), Fields, () => Disclosure.Record(
            options.DisclosureCatalogue, request.UnitCode, request.ItemId, request.Occasion, request.Channel,
            request.PostedFrom, request.PostedUntil, currentActor.Actor.Id, now));
        await disclosures.AddAsync(disclosure, cancellationToken).ConfigureAwait(false);
        audit.Record($"disclosure/{disclosure.Id}", $"recorded {what}{(request.PostedUntil is { } until ? $" until {until:uuuu-MM-dd}" : ", still posted")}");
        return disclosure.Id;
    }
}
