using FriendlyGov.Domain.Conduct;
using NodaTime;

namespace FriendlyGov.Application.Conduct.RecordObservationsInBulk;

/// <summary>One observation of a <see cref="RecordObservationsInBulk"/>: the fields of a <see cref="RecordObservation.RecordObservation"/>.</summary>
/// <param name="OfficialCode">The official observed; registered.</param>
/// <param name="RuleId">The rule, an id of the code of conduct such as <c>5K.3</c>.</param>
/// <param name="On">The date of the behaviour; the official must have held a posting then.</param>
/// <param name="Source">Where the observation came from.</param>
/// <param name="SourceReference">The source's own reference, such as a report's number.</param>
/// <param name="Account">What was observed, in free text.</param>
public sealed record ObservationInput(string OfficialCode, string RuleId, LocalDate On, ObservationSource Source, string SourceReference, string Account);
