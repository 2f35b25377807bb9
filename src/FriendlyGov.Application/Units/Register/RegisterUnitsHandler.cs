using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Units;
using FriendlyGov.Domain.Units.Specifications;

namespace FriendlyGov.Application.Units.Register;

/// <summary>Handles <see cref="RegisterUnits"/>.</summary>
/// <param name="units">The units.</param>
/// <param name="audit">The audit entry's subject and summary.</param>
internal sealed class RegisterUnitsHandler(IRepository<AdministrativeUnit> units, AuditContext audit) : IRequestHandler<RegisterUnits, RegisterUnitsResult>
{
    /// <inheritdoc />
    /// <exception cref="ValidationException">A unit's lifetime overlaps that of another unit registered under its code.</exception>
    public async Task<RegisterUnitsResult> Handle(RegisterUnits request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var codes = request.Units.Select(u => u.Code).Distinct(StringComparer.Ordinal).ToList();
        var stored = (await units.ListAsync(new UnitsByCodeSpec(codes), cancellationToken).ConfigureAwait(false)).ToHashSet();
        var forms = stored
            .GroupBy(u => u.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var added = new List<AdministrativeUnit>();
        var already = new List<string>();
        var ended = new List<AdministrativeUnit>();
        var problems = new List<Problem>();
        for (var i = 0; i < request.Units.Count; i++)
        {
            var unit = request.Units[i];
            if (!forms.TryGetValue(unit.Code, out var known)) forms[unit.Code] = known = [];
            if (known.Any(u => u.ExistedFrom == unit.ExistedFrom && stored.Contains(u)))
            {
                already.Add(unit.Code);
                continue;
            }

            var registered = new AdministrativeUnit(unit.Code, unit.Kind, unit.Name, unit.Province, unit.ExistedFrom, unit.ExistedUntil, unit.District);
            foreach (var earlier in known.OrderBy(u => u.ExistedFrom))
            {
                // A code that takes a new form ends the form still open before it, the day before.
                if (earlier.ExistedUntil is null && earlier.ExistedFrom < unit.ExistedFrom && stored.Contains(earlier))
                {
                    earlier.EndOn(unit.ExistedFrom.PlusDays(-1));
                    ended.Add(earlier);
                }

                if (Overlap(earlier, registered))
                    problems.Add(new Problem($"units[{i}].existedFrom", $"unit {registered.Label} would overlap {earlier.Label}, registered under the same code; two units of one code cannot exist on the same day"));
            }

            added.Add(registered);
            known.Add(registered);
        }

        if (problems.Count > 0) throw new ValidationException(nameof(RegisterUnits), problems);
        if (added.Count > 0) await units.AddRangeAsync(added, cancellationToken).ConfigureAwait(false);
        foreach (var unit in ended) await units.UpdateAsync(unit, cancellationToken).ConfigureAwait(false);
        var endedText = ended.Count == 0 ? string.Empty : $"; ended {string.Join(", ", ended.Select(u => $"{u.Code} on {u.ExistedUntil:uuuu-MM-dd}"))}";
        audit.Record("units", $"registered {added.Count} unit(s): {string.Join(", ", added.Select(u => $"{u.Code} from {u.ExistedFrom:uuuu-MM-dd}"))}{endedText}");
        return new RegisterUnitsResult([.. added.Select(u => u.Code)], already);
    }

    private static bool Overlap(AdministrativeUnit a, AdministrativeUnit b) =>
        a.ExistedFrom <= (b.ExistedUntil ?? NodaTime.LocalDate.MaxIsoValue) && b.ExistedFrom <= (a.ExistedUntil ?? NodaTime.LocalDate.MaxIsoValue);
}
