namespace FriendlyGov.Application.Units.Lineage;

/// <summary>Records which registered units became which: the lineage a unit's history follows to its predecessors.</summary>
/// <remarks>
/// Who may send it: a province administrator, for units of their own province (both ends of every row).
/// What it changes: each predecessor names its successor and each successor its predecessor, with
/// the day and kind of the change; a pair recorded again takes the kind given now. Lineage is data:
/// rows come from the built-in catalogue (<see cref="Register.CatalogueRegistrations.LineageIntoProvince"/>)
/// or from an app's own <c>friendlygov.lineage/1</c> or CSV file
/// (<see cref="Register.CatalogueRegistrations.LineageOf"/>). All or nothing: a row whose units are
/// not registered, or whose predecessor had not ended before its successor began, is refused
/// with the rest.
/// What it raises: nothing.
/// </remarks>
/// <param name="RequestId">The client's id for this request.</param>
/// <param name="Links">The rows.</param>
public sealed record RecordUnitLineage(Guid RequestId, IReadOnlyList<UnitSuccession> Links) : ICommand<int>;
