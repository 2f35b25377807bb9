namespace FriendlyGov.Application.Rounds.CheckDeadlines;

/// <summary>
/// Checks a round's self-assessment deadline against the clock: the units whose assessment is
/// still a draft after the deadline day, by unit code.
/// </summary>
/// <remarks>
/// Who may send it: a province administrator or an appraiser of the round's province.
/// What it changes: nothing; a check before or on the deadline day (in Vietnam) finds no unit.
/// What it raises: <see cref="Notifications.SelfAssessmentOverdue"/> for each unit found, every
/// time the check finds it.
/// </remarks>
/// <param name="RoundId">The round.</param>
public sealed record CheckDeadlines(Guid RoundId) : IQuery<IReadOnlyList<string>>;
