namespace FriendlyGov.Domain.Criteria.Methods;

/// <summary>What a method made of an indicator's evidence, before rounding.</summary>
/// <remarks>
/// The working text is written only when it is first read: scoring many units for their totals
/// does not pay for explanations nobody reads. It is the same text whenever it is read. The
/// scoring engine writes it straight into the indicator's explanation, in both languages at once,
/// without keeping it as a text of its own.
/// </remarks>
public sealed class MethodResult
{
    private readonly Action<ExplanationWriter> _write;
    private LocalizedText? _working;

    /// <summary>Creates a result whose working is written when first read.</summary>
    /// <param name="rawPoints">The exact points, in [0, max], before rounding to the framework's decimals.</param>
    /// <param name="working">Writes the evidence used and the arithmetic, in both languages.</param>
    public MethodResult(decimal rawPoints, Func<LocalizedText> working)
    {
        Guard.Against.Null(working);
        RawPoints = rawPoints;
        _write = writer => writer.Text(working());
    }

    /// <summary>Creates a result whose working <paramref name="write"/> writes, in both languages in one pass, when it is needed.</summary>
    /// <param name="rawPoints">The exact points, in [0, max], before rounding to the framework's decimals.</param>
    /// <param name="write">Writes the evidence used and the arithmetic.</param>
    internal MethodResult(decimal rawPoints, Action<ExplanationWriter> write)
    {
        RawPoints = rawPoints;
        _write = write;
    }

    /// <summary>The exact points, in [0, max], before rounding to the framework's decimals.</summary>
    public decimal RawPoints { get; }

    /// <summary>The evidence used and the arithmetic, in both languages, such as "5 × (0.93 − 0.5) / (0.95 − 0.5)".</summary>
    public LocalizedText Working => LazyText.Once(ref _working, _write, static write =>
    {
        var writer = ExplanationWriter.Rent();
        write(writer);
        return writer.Finish();
    });

    /// <summary>Writes the working into a longer explanation, as read already or written now.</summary>
    /// <param name="writer">The explanation being written.</param>
    internal void WriteWorking(ExplanationWriter writer)
    {
        if (Volatile.Read(ref _working) is { } working) writer.Text(working);
        else _write(writer);
    }
}
