using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Units;
using FriendlyGov.Domain.Conduct;
using NodaTime;

namespace FriendlyGov.Application.Conduct.MoveOfficial;

/// <summary>Handles <see cref="MoveOfficial"/>; returns the official's id.</summary>
/// <param name="conduct">Finds the official.</param>
/// <param name="units">Finds the new unit.</param>
/// <param name="officials">Stores the official.</param>
/// <param name="step">Who moves the official, when, and the audit entry.</param>
internal sealed class MoveOfficialHandler(ConductLookup conduct, UnitLookup units, IRepository<Official> officials, StepContext step)
    : AggregateStepHandler<MoveOfficial, Official, Guid>(officials, step)
{
    /// <inheritdoc />
    protected override async Task<Official> LoadAsync(MoveOfficial request, CancellationToken cancellationToken)
    {
        var official = await conduct.OfficialAsync(request.Code, cancellationToken).ConfigureAwait(false);
        await units.ResolveAsync(nameof(MoveOfficial), request.UnitCode, request.From, cancellationToken).ConfigureAwait(false);
        return official;
    }

    /// <inheritdoc />
    protected override Guid Act(Official aggregate, MoveOfficial request, string by, Instant at)
    {
        Guard.Against.Null(aggregate).MoveTo(Guard.Against.Null(request).UnitCode, request.Role, request.From);
        return aggregate.Id;
    }

    /// <inheritdoc />
    protected override string Subject(Official aggregate) => $"official/{Guard.Against.Null(aggregate).Code}";

    /// <inheritdoc />
    protected override string Summary(Official aggregate, MoveOfficial request, Guid response) =>
        $"moved official {Guard.Against.Null(aggregate).Code} from unit {aggregate.Postings[^2].UnitCode} to unit {Guard.Against.Null(request).UnitCode} as {request.Role.ToCode()} from {request.From:uuuu-MM-dd}";
}
