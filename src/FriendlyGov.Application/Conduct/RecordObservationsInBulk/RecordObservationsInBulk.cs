namespace FriendlyGov.Application.Conduct.RecordObservationsInBulk;

/// <summary>
/// Records many conduct observations in one call, such as a province's import of a year of
/// citizen reports: all of them are saved, or none.
/// </summary>
/// <remarks>
/// Who may send it: an appraiser or province administrator, for observations about officials
/// who served, on each observation's date, in a unit of their own province. One observation
/// about a unit of another province refuses the whole call (rule
/// <see cref="Authorization.Rules.ConductDecider"/>); unit officers record one observation at a
/// time with <see cref="RecordObservation.RecordObservation"/>.
/// What it changes: adds each observation, <c>reported</c>, to the unit where the official served
/// on its date, under the code of conduct of <see cref="FriendlyGovOptions.ConductCode"/>, as
/// <see cref="RecordObservation.RecordObservation"/> does. Recording is idempotent by key: an
/// observation whose official, rule, date and source reference are already recorded (or listed
/// earlier in the same call) is skipped and counted in <see cref="BulkResult.AlreadyRecorded"/>.
/// Every observation is checked before anything is saved: one bad row refuses the whole call, and
/// the <see cref="Validation.ValidationException"/> lists every bad row by its path, such as
/// <c>observations[12].ruleId</c>. The rows are added together and committed in the command's one
/// unit of work, so a crash while saving leaves the database as it was. The audit trail gets one
/// entry about <c>observations</c> that counts what was added.
/// What it raises: nothing; only a confirmed observation counts as a breach.
/// </remarks>
/// <param name="RequestId">The client's id for this request.</param>
/// <param name="Observations">The observations, at least one.</param>
public sealed record RecordObservationsInBulk(Guid RequestId, IReadOnlyList<ObservationInput> Observations) : ICommand<BulkResult>;
