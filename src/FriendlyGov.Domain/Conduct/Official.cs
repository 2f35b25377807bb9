using System.Text;
using System.Text.RegularExpressions;
using NodaTime;

namespace FriendlyGov.Domain.Conduct;

/// <summary>
/// An official (cán bộ, công chức), known by a pseudonymous code such as <c>CB-017</c>, with the
/// postings they held: a role in a unit over a date range.
/// </summary>
/// <remarks>
/// No personal data is kept beyond the display name the integrator chooses. An official who moves
/// between units keeps one posting per unit, so each breach stays with the unit where it happened.
/// </remarks>
public sealed partial class Official : AggregateRoot
{
    private List<Posting> _postings = [];

    /// <summary>For stores that rebuild the aggregate from its columns.</summary>
    private Official()
    {
        Code = DisplayName = string.Empty;
    }

    /// <summary>Creates an official with a first posting.</summary>
    /// <param name="code">A pseudonymous code: letters, digits and <c>-</c>, such as <c>CB-017</c>.</param>
    /// <param name="displayName">The name shown in reports, as the integrator chooses.</param>
    /// <param name="firstPosting">The first posting.</param>
    /// <exception cref="ArgumentException">The code has another form.</exception>
    public Official(string code, string displayName, Posting firstPosting)
    {
        Code = IsCode(Guard.Against.Null(code)) ? code : throw new ArgumentException($"'{code}' is not an official's code: use letters, digits and '-'.", nameof(code));
        DisplayName = Guard.Against.NullOrWhiteSpace(displayName).Trim().Normalize(NormalizationForm.FormC);
        _postings.Add(Guard.Against.Null(firstPosting));
    }

    /// <summary>The pseudonymous code.</summary>
    public string Code { get; }

    /// <summary>The name shown in reports.</summary>
    public string DisplayName { get; }

    /// <summary>The postings, oldest first.</summary>
    public IReadOnlyList<Posting> Postings => _postings;

    /// <summary>Whether <paramref name="code"/> has the form of an official's code.</summary>
    /// <param name="code">The text.</param>
    /// <returns><see langword="true"/> for letters, digits and inner <c>-</c>.</returns>
    public static bool IsCode(string code) => CodePattern().IsMatch(code);

    /// <summary>
    /// Moves the official to a new role or unit from <paramref name="from"/>; the current posting
    /// ends the day before.
    /// </summary>
    /// <param name="unitCode">The unit.</param>
    /// <param name="role">The role.</param>
    /// <param name="from">The first day of the new posting; after the current posting began.</param>
    /// <exception cref="DomainRuleException">The date is not after the current posting's start (<see cref="DomainRules.PostingOrder"/>).</exception>
    public void MoveTo(string unitCode, OfficialRole role, LocalDate from)
    {
        var current = _postings[^1];
        if (from <= current.From)
            throw new DomainRuleException(DomainRules.PostingOrder, $"Official {Code}'s posting in {current.UnitCode} began on {current.From:uuuu-MM-dd}; a move must start after that, not on {from:uuuu-MM-dd}.");
        _postings[^1] = current with { Until = from.PlusDays(-1) };
        _postings.Add(new Posting(Guard.Against.NullOrWhiteSpace(unitCode), role, from));
        Raise(new OfficialMoved(Id, Code, current.UnitCode, unitCode, role, from));
    }

    /// <summary>The posting the official held on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The posting, or <see langword="null"/> when the official held none.</returns>
    /// <remarks>A loop, not a query with a lambda: a bulk recording asks this twice for each of up to 100,000 rows.</remarks>
    public Posting? PostingOn(LocalDate date)
    {
        for (var i = _postings.Count - 1; i >= 0; i--)
        {
            if (_postings[i].Covers(date)) return _postings[i];
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Code} ({DisplayName})";

    [GeneratedRegex("^[A-Za-z0-9]+(-[A-Za-z0-9]+)*\\z")]
    private static partial Regex CodePattern();
}
