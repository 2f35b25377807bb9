using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Units;
using FriendlyGov.Domain.Units.Specifications;
using NodaTime;

namespace FriendlyGov.Application.Units;

/// <summary>
/// Finds the registered units that requests name, for handlers and authorizers: by code and the
/// request's day, never a code's latest form (docs/design.md, "Unit identity and lineage").
/// </summary>
/// <param name="units">The units.</param>
internal sealed class UnitLookup(IReadRepository<AdministrativeUnit> units)
{
    // One request's scope asks for its unit twice, in its authorizer and in its handler; the
    // second answer is the first (a tracked read would hand back the same instance anyway).
    private readonly Dictionary<(string Code, LocalDate Day), AdministrativeUnit> _found = [];

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
        // Nearly every request names a day, and its unit is one row of the unique index on code and
        // first day; the code's other forms are read only to say why none answers.
        if (on is { } day)
        {
            if (_found.TryGetValue((code, day), out var known)) return known;
            var unit = await units.FirstOrDefaultAsync(new UnitByCodeSpec(code, day), cancellationToken).ConfigureAwait(false)
                ?? throw NotFound(code, day, [.. (await FormsAsync([code], cancellationToken).ConfigureAwait(false))[code]]);
            _found[(code, day)] = unit;
            return unit;
        }

        var forms = (await FormsAsync([code], cancellationToken).ConfigureAwait(false))[code].ToList();
        if (forms.Count == 0) throw new NotFoundException($"Unit {code} is not registered.");
        return forms.Count == 1
            ? forms[0]
            : throw new ValidationException(request, [new Problem("unitCode", $"{code} has named {forms.Count} units, {Described(forms)}: give on, a day in the life of the one meant")]);
    }

    /// <summary>Every unit registered under <paramref name="codes"/>, in one query whatever their number, by code, oldest form first.</summary>
    /// <param name="codes">The codes.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The forms of each code; none for a code not registered.</returns>
    public async Task<ILookup<string, AdministrativeUnit>> FormsAsync(IEnumerable<string> codes, CancellationToken cancellationToken) =>
        (await units.ListAsync(new UnitsByCodeSpec([.. codes.Distinct(StringComparer.Ordinal)]), cancellationToken).ConfigureAwait(false))
            .ToLookup(u => u.Code, StringComparer.Ordinal);

    /// <summary>Of the forms of one code, the one that existed on <paramref name="day"/>: at most one, since their lifetimes never overlap.</summary>
    /// <param name="forms">The forms of the code.</param>
    /// <param name="day">The day.</param>
    /// <returns>The unit, or <see langword="null"/> when none existed that day.</returns>
    public static AdministrativeUnit? On(IEnumerable<AdministrativeUnit> forms, LocalDate day) => forms.SingleOrDefault(u => u.ExistedOn(day));

    /// <summary>Why no unit answers for a code on a day, as a problem says it: naming the forms the code has had.</summary>
    /// <param name="code">The code.</param>
    /// <param name="day">The day.</param>
    /// <param name="forms">The forms of the code.</param>
    /// <returns>Such as <c>no unit 26041 existed on 2025-07-01; the code names Phường Quyết Thắng (2020-01-01 to 2025-06-30)</c>, or <c>unit 99999 is not registered</c>.</returns>
    public static string Missing(string code, LocalDate day, IReadOnlyCollection<AdministrativeUnit> forms) =>
        forms.Count == 0
            ? $"unit {code} is not registered"
            : $"no unit {code} existed on {day:uuuu-MM-dd}; the code names {Described(forms)}";

    /// <summary>The refusal of a request whose code named no unit on its day.</summary>
    /// <param name="code">The code.</param>
    /// <param name="day">The day.</param>
    /// <param name="forms">The forms of the code.</param>
    /// <returns>The exception, its message a sentence of <see cref="Missing"/>.</returns>
    public static NotFoundException NotFound(string code, LocalDate day, IReadOnlyCollection<AdministrativeUnit> forms)
    {
        var why = Missing(code, day, forms);
        return new NotFoundException($"{char.ToUpperInvariant(why[0])}{why[1..]}.");
    }

    private static string Described(IEnumerable<AdministrativeUnit> forms) =>
        string.Join(" and ", forms.Select(u => $"{u.Name} ({u.ExistedFrom:uuuu-MM-dd} to {(u.ExistedUntil is { } until ? until.ToString("uuuu-MM-dd", null) : "now")})"));
}
