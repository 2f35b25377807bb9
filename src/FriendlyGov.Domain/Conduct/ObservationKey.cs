using NodaTime;

namespace FriendlyGov.Domain.Conduct;

/// <summary>
/// What makes two observations the same one: the same official, rule, date and source reference.
/// Recording an observation with a key already recorded changes nothing.
/// </summary>
/// <param name="OfficialCode">The official's code.</param>
/// <param name="RuleId">The rule's id.</param>
/// <param name="On">The date of the behaviour.</param>
/// <param name="SourceReference">The source's own reference, such as a report's number.</param>
public sealed record ObservationKey(string OfficialCode, string RuleId, LocalDate On, string SourceReference);
