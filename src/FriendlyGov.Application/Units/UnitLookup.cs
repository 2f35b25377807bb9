using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Units;
using FriendlyGov.Domain.Units.Specifications;
using NodaTime;

namespace FriendlyGov.Application.Units;

/// <summary>
/// Finds the registered units that requests name, for handlers and authorizers: by code, and by day
/// where the code has named several units (docs/design.md, "Unit identity and lineage").
/// </summary>
/// <param name="units">The units.</param>
internal sealed class UnitLookup(IReadRepository<AdministrativeUnit> units)
{
    /// <summary>The unit a code names now: its latest registered form.</summary>
    /// <param name="unitCode">The unit's code.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="NotFoundException">No unit has that code.</exception>
    public async Task<AdministrativeUnit> UnitAsync(string unitCode, CancellationToken cancellationToken) =>
        await units.FirstOrDefaultAsync(new UnitByCodeSpec(unitCode), cancellationToken).ConfigureAwait(false)
        ?? throw new NotFoundException($"Unit {unitCode} is not registered.");

    /// <summary>
    /// The unit <paramref name="code"/> names: the one that existed on <paramref name="on"/> when a
    /// day is given; otherwise the only unit ever registered under the code.
    /// </summary>
    /// <param name="request">The request's name, for its problems.</param>
    /// <param name="code">The unit's code.</param>
    /// <param name="on">The day that picks the unit, if given.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="NotFoundException">No unit has the code, or none with it existed on the day.</exception>
    /// <exception cref="ValidationException">No day was given and the code has named several units.</exception>
    public async Task<AdministrativeUnit> ResolveAsync(string request, string code, LocalDate? on, CancellationToken cancellationToken)
    {
        var forms = await units.ListAsync(new UnitsByCodeSpec([code]), cancellationToken).ConfigureAwait(false);
        if (forms.Count == 0) throw new NotFoundException($"Unit {code} is not registered.");
        if (on is { } day)
        {
            return forms.SingleOrDefault(u => u.ExistedOn(day))
                ?? throw new NotFoundException($"No unit {code} existed on {day:uuuu-MM-dd}; the code names {Described(forms)}.");
        }

        return forms.Count == 1
            ? forms[0]
            : throw new ValidationException(request, [new Problem("unitCode", $"{code} has named {forms.Count} units, {Described(forms)}: give on, a day in the life of the one meant")]);
    }

    private static string Described(IEnumerable<AdministrativeUnit> forms) =>
        string.Join(" and ", forms.Select(u => $"{u.Name} ({u.ExistedFrom:uuuu-MM-dd} to {(u.ExistedUntil is { } until ? until.ToString("uuuu-MM-dd", null) : "now")})"));
}
