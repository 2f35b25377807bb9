using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Evidence;

namespace FriendlyGov.Workbooks.Evidence;

/// <summary>
/// The cells that hold one unit's evidence for one indicator from one source: the value (or a
/// ratio's numerator, a scale's average or responses), the second figure (a ratio's denominator, a
/// scale's count), the note, and a checklist's items, one yes/no cell each.
/// </summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Source">Self-assessed or appraised.</param>
/// <param name="Value">The value cell; null for a checklist.</param>
/// <param name="Second">The second figure's cell, for <c>ratio</c> and <c>scale</c>.</param>
/// <param name="Note">The note cell.</param>
/// <param name="Items">A checklist's cells, in its items' order; empty otherwise.</param>
internal sealed record EntryCells(Indicator Indicator, EvidenceSource Source, CellAt? Value, CellAt? Second, CellAt Note, IReadOnlyList<CellAt> Items);
