using FriendlyGov.Frameworks;

namespace FriendlyGov.Application.Rounds.GetRoundResult;

/// <summary>
/// A round's published results as a result bundle (<c>friendlygov.result/1</c>): the framework,
/// each finalized unit's evidence as counted and final scorecard, the ranking, the hashes and who
/// finalized when, which anyone can check with <c>friendlygov result verify</c>.
/// </summary>
/// <remarks>
/// Who may send it: whoever may read the round's ranking (rule <c>reader-in-scope</c>): anyone with
/// a role in the round's province, or an officer of a unit in the round.
/// What it returns: the unsigned bundle of the units finalized at least once, in unit-code order,
/// each with the scorecard it was last finalized with (as <see cref="Rankings.GetRanking.GetRanking"/>
/// ranks them); sign it with <see cref="ResultBundleWriter.WriteSigned"/>. A round with a unit
/// finalized before FriendlyGov kept the evidence as counted, or on a framework whose content has
/// changed since, is refused with a <see cref="WorkflowException"/> naming the
/// unit: reopen it on appeal and finalize it again.
/// What it changes: nothing. What it raises: nothing.
/// </remarks>
/// <param name="RoundId">The round.</param>
public sealed record GetRoundResult(Guid RoundId) : IQuery<ResultBundle>;
