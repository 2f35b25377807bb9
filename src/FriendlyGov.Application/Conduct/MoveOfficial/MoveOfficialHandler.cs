using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Application.Conduct.MoveOfficial;

/// <summary>Handles <see cref="MoveOfficial"/>; returns the official's id.</summary>
/// <param name="officials">Stores the official.</param>
/// <param name="units">Finds the new unit.</param>
/// <param name="audit">The audit entry's subject and summary.</param>
internal sealed class MoveOfficialHandler(
    IRepository<Official> officials,
    IReadRepository<AdministrativeUnit> units,
    AuditContext audit) : IRequestHandler<MoveOfficial, Guid>
{
    /// <inheritdoc />
    public async Task<Guid> Handle(MoveOfficial request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var official = await ConductLookup.OfficialAsync(officials, request.Code, cancellationToken).ConfigureAwait(false);
        var unit = await ConductLookup.UnitAsync(units, request.UnitCode, cancellationToken).ConfigureAwait(false);
        var previousUnit = official.Postings[^1].UnitCode;
        official.MoveTo(unit.Code, request.Role, request.From);

        await officials.UpdateAsync(official, cancellationToken).ConfigureAwait(false);
        audit.Record($"official/{official.Code}", $"moved official {official.Code} from unit {previousUnit} to unit {unit.Code} as {request.Role.ToCode()} from {request.From:uuuu-MM-dd}");
        return official.Id;
    }
}
