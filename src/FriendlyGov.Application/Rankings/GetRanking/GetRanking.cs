using FriendlyGov.Domain.Units;

namespace FriendlyGov.Application.Rankings.GetRanking;

/// <summary>The ranking (xếp hạng) of a round: its finalized units, by final rating then total.</summary>
/// <remarks>
/// Who may send it: anyone with a role in the round's province, or an officer of a unit in the
/// round (rule <c>reader-in-scope</c>).
/// What it returns: one row per finalized assessment, from the scorecard kept at finalization,
/// best first, in standard competition ranking (1, 2, 2, 4) by final rating, then total; tied
/// units are listed by unit code. Assessments never finalized are left out; one reopened on appeal
/// keeps the place its last final scorecard gives it until it is finalized again.
/// With <see cref="Kind"/>, only units of that kind, ranked among themselves.
/// What it changes: nothing. What it raises: nothing.
/// </remarks>
/// <param name="RoundId">The round.</param>
/// <param name="Kind">Only units of this kind; all kinds when <see langword="null"/>.</param>
public sealed record GetRanking(Guid RoundId, UnitKind? Kind = null) : IQuery<IReadOnlyList<RankingRow>>;
