using System.Text;

namespace FriendlyGov.Domain.Evidence;

/// <summary>
/// The evidence given for one indicator in one period: the figures its method reads.
/// </summary>
/// <remarks>
/// Which fields an indicator needs depends on its method (see DESIGN.md section 3 and
/// <see href="https://github.com/friendlygov/friendlygov/blob/main/docs/formats.md">docs/formats.md</see>): <c>check</c> reads <see cref="Met"/>, <c>ratio</c> reads
/// <see cref="Value"/> or <see cref="Numerator"/> and <see cref="Denominator"/>, and so on. The
/// method checks the evidence when a unit is scored; a field the method does not use is an error
/// there, so a mistyped figure is never silently ignored. Any evidence may carry a
/// <see cref="Note"/>.
/// </remarks>
public sealed record IndicatorEvidence
{
    /// <summary>The JSON name of <see cref="Met"/>.</summary>
    public const string MetField = "met";

    /// <summary>The JSON name of <see cref="Items"/>.</summary>
    public const string ItemsField = "items";

    /// <summary>The JSON name of <see cref="Value"/>.</summary>
    public const string ValueField = "value";

    /// <summary>The JSON name of <see cref="Numerator"/>.</summary>
    public const string NumeratorField = "numerator";

    /// <summary>The JSON name of <see cref="Denominator"/>.</summary>
    public const string DenominatorField = "denominator";

    /// <summary>The JSON name of <see cref="Count"/>.</summary>
    public const string CountField = "count";

    /// <summary>The JSON name of <see cref="Responses"/>.</summary>
    public const string ResponsesField = "responses";

    /// <summary>The JSON name of <see cref="Average"/>.</summary>
    public const string AverageField = "average";

    /// <summary>The JSON name of <see cref="Points"/>.</summary>
    public const string PointsField = "points";

    /// <summary>The JSON name of <see cref="Note"/>.</summary>
    public const string NoteField = "note";

    private readonly string? _note;

    /// <summary>Whether the requirement was met (<c>check</c>).</summary>
    public bool? Met { get; init; }

    /// <summary>The ids of the items met (<c>checklist</c>).</summary>
    public IReadOnlyList<string>? Items { get; init; }

    /// <summary>A measured value (<c>ratio</c>: a share in [0, 1]; <c>bands</c>; <c>import</c>).</summary>
    public decimal? Value { get; init; }

    /// <summary>The numerator of a ratio, such as dossiers resolved on time (<c>ratio</c>).</summary>
    public decimal? Numerator { get; init; }

    /// <summary>The denominator of a ratio, such as dossiers received (<c>ratio</c>).</summary>
    public decimal? Denominator { get; init; }

    /// <summary>
    /// A count: occurrences to deduct for (<c>deduction</c>), or respondents behind an
    /// <see cref="Average"/> (<c>scale</c>).
    /// </summary>
    public decimal? Count { get; init; }

    /// <summary>Individual survey responses on the method's scale (<c>scale</c>).</summary>
    public IReadOnlyList<decimal>? Responses { get; init; }

    /// <summary>The average of <see cref="Count"/> survey responses (<c>scale</c>).</summary>
    public decimal? Average { get; init; }

    /// <summary>Points awarded directly by the assessor (<c>points</c>).</summary>
    public decimal? Points { get; init; }

    /// <summary>A note on the evidence; required by <c>points</c>. Normalized to NFC.</summary>
    public string? Note
    {
        get => _note;
        init => _note = value?.Normalize(NormalizationForm.FormC);
    }

    /// <summary>The JSON names of the fields this evidence gives, in a fixed order.</summary>
    /// <returns>The names of the fields that are not <see langword="null"/>.</returns>
    public IEnumerable<string> GivenFields()
    {
        if (Met is not null) yield return MetField;
        if (Items is not null) yield return ItemsField;
        if (Value is not null) yield return ValueField;
        if (Numerator is not null) yield return NumeratorField;
        if (Denominator is not null) yield return DenominatorField;
        if (Count is not null) yield return CountField;
        if (Responses is not null) yield return ResponsesField;
        if (Average is not null) yield return AverageField;
        if (Points is not null) yield return PointsField;
        if (Note is not null) yield return NoteField;
    }

    /// <inheritdoc />
    public bool Equals(IndicatorEvidence? other) =>
        other is not null
        && Met == other.Met && Value == other.Value && Numerator == other.Numerator
        && Denominator == other.Denominator && Count == other.Count && Average == other.Average
        && Points == other.Points && Note == other.Note
        && SameItems(Items, other.Items) && SameItems(Responses, other.Responses);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Met, Value, Numerator, Denominator, Count, Average, Points, Note);

    private static bool SameItems<T>(IReadOnlyList<T>? a, IReadOnlyList<T>? b) =>
        a is null ? b is null : b is not null && a.SequenceEqual(b);
}
