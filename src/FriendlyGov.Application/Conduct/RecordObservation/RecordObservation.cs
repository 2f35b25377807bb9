using FriendlyGov.Domain.Conduct;
using NodaTime;

namespace FriendlyGov.Application.Conduct.RecordObservation;

/// <summary>Records (reports) an observation that an official may have broken a rule of the code of conduct.</summary>
/// <remarks>
/// Who may send it: an appraiser or province administrator of the province of the unit where
/// the official served on <see cref="On"/>, or an officer of that unit.
/// What it changes: adds the observation, <c>reported</c>, to the unit where the official served
/// on that date, under the code of conduct of <see cref="FriendlyGovOptions.ConductCode"/>.
/// Recording is idempotent by key: an observation with the same official, rule, date and source
/// reference already recorded is returned as it is, and nothing is added.
/// What it raises: nothing; only a confirmed observation counts as a breach.
/// </remarks>
/// <param name="RequestId">The client's id for this request.</param>
/// <param name="OfficialCode">The official observed; registered.</param>
/// <param name="RuleId">The rule, an id of the code of conduct such as <c>5K.3</c>.</param>
/// <param name="On">The date of the behaviour; the official must have held a posting then.</param>
/// <param name="Source">Where the observation came from.</param>
/// <param name="SourceReference">The source's own reference, such as a report's number.</param>
/// <param name="Account">What was observed, in free text.</param>
public sealed record RecordObservation(
    Guid RequestId,
    string OfficialCode,
    string RuleId,
    LocalDate On,
    ObservationSource Source,
    string SourceReference,
    string Account) : ICommand<ObservationRecorded>;
