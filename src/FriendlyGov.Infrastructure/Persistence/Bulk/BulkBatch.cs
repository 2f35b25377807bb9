namespace FriendlyGov.Infrastructure.Persistence.Bulk;

/// <summary>Rows staged for the provider's bulk path at the next save.</summary>
/// <param name="Table">Their table.</param>
/// <param name="Rows">The aggregates, one row each.</param>
/// <param name="ReadVersions">For an update, the version each aggregate was read at; <see langword="null"/> for an insert.</param>
internal sealed record BulkBatch(BulkTable Table, IReadOnlyList<object> Rows, IReadOnlyList<int>? ReadVersions);
