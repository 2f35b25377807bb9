using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Units;
using FriendlyGov.Domain.Units.Specifications;

namespace FriendlyGov.Application.Units.Register;

/// <summary>Handles <see cref="RegisterUnits"/>.</summary>
/// <param name="units">The units.</param>
/// <param name="audit">The audit entry's subject and summary.</param>
internal sealed class RegisterUnitsHandler(IRepository<AdministrativeUnit> units, AuditContext audit) : IRequestHandler<RegisterUnits, RegisterUnitsResult>
{
    /// <inheritdoc />
    public async Task<RegisterUnitsResult> Handle(RegisterUnits request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var codes = request.Units.Select(u => u.Code).ToList();
        var existing = (await units.ListAsync(new UnitsByCodeSpec(codes), cancellationToken).ConfigureAwait(false)).Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        var added = new List<AdministrativeUnit>();
        foreach (var unit in request.Units.Where(u => !existing.Contains(u.Code)))
            added.Add(new AdministrativeUnit(unit.Code, unit.Kind, unit.Name, unit.Province, unit.ExistedFrom, unit.ExistedUntil, unit.District));
        if (added.Count > 0) await units.AddRangeAsync(added, cancellationToken).ConfigureAwait(false);
        audit.Record("units", $"registered {added.Count} unit(s): {string.Join(", ", added.Select(u => u.Code))}");
        return new RegisterUnitsResult([.. added.Select(u => u.Code)], [.. codes.Where(existing.Contains)]);
    }
}
