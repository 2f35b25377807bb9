using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Units;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Conduct.Specifications;

namespace FriendlyGov.Application.Conduct.RegisterOfficial;

/// <summary>Handles <see cref="RegisterOfficial"/>; returns the official's id.</summary>
/// <param name="officials">Stores the official.</param>
/// <param name="units">Finds the unit.</param>
/// <param name="audit">The audit entry's subject and summary.</param>
internal sealed class RegisterOfficialHandler(
    IRepository<Official> officials,
    UnitLookup units,
    AuditContext audit) : IRequestHandler<RegisterOfficial, Guid>
{
    /// <inheritdoc />
    public async Task<Guid> Handle(RegisterOfficial request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        if (await officials.AnyAsync(new OfficialByCodeSpec(request.Code), cancellationToken).ConfigureAwait(false))
            throw new ValidationException(nameof(RegisterOfficial), [new Problem("code", $"official {request.Code} is already registered; use MoveOfficial to change their posting")]);
        var unit = await units.ResolveAsync(nameof(RegisterOfficial), request.UnitCode, request.From, cancellationToken).ConfigureAwait(false);

        var official = new Official(request.Code, request.DisplayName, new Posting(unit.Code, request.Role, request.From));
        await officials.AddAsync(official, cancellationToken).ConfigureAwait(false);
        audit.Record($"official/{official.Code}", $"registered official {official.Code} as {request.Role.ToCode()} of unit {unit.Code} from {request.From:uuuu-MM-dd}");
        return official.Id;
    }
}
