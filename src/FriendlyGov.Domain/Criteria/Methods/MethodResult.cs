namespace FriendlyGov.Domain.Criteria.Methods;

/// <summary>What a method made of an indicator's evidence, before rounding.</summary>
/// <remarks>
/// The working text is written only when it is first read: scoring many units for their totals
/// does not pay for explanations nobody reads. It is the same text whenever it is read. The
/// scoring engine writes it straight into the indicator's explanation, in both languages at once,
/// without keeping it as a text of its own. A built-in method keeps what the working reads in the
/// result itself and writes it with a static writer, so a result is one object, not a result, a
/// delegate and a closure.
/// </remarks>
public sealed class MethodResult
{
    private readonly Action<ExplanationWriter, MethodResult> _write;
    private LocalizedText? _working;

    /// <summary>Creates a result whose working is written when first read.</summary>
    /// <param name="rawPoints">The exact points, in [0, max], before rounding to the framework's decimals.</param>
    /// <param name="working">Writes the evidence used and the arithmetic, in both languages.</param>
    public MethodResult(decimal rawPoints, Func<LocalizedText> working)
    {
        RawPoints = rawPoints;
        Given = Guard.Against.Null(working);
        _write = static (writer, result) => writer.Text(((Func<LocalizedText>)result.Given!)());
    }

    /// <summary>Creates a result whose working <paramref name="write"/> writes from the result, in both languages in one pass, when it is needed.</summary>
    /// <param name="rawPoints">The exact points, in [0, max], before rounding to the framework's decimals.</param>
    /// <param name="maxPoints">The indicator's maximum points the method scored against.</param>
    /// <param name="method">The method.</param>
    /// <param name="given">What the working is written from: the evidence, or what the method made of it.</param>
    /// <param name="write">Writes the working from the result; a static lambda, so that it allocates nothing.</param>
    internal MethodResult(decimal rawPoints, decimal maxPoints, IndicatorMethod method, object? given, Action<ExplanationWriter, MethodResult> write)
    {
        RawPoints = rawPoints;
        MaxPoints = maxPoints;
        Method = method;
        Given = given;
        _write = write;
    }

    /// <summary>The exact points, in [0, max], before rounding to the framework's decimals.</summary>
    public decimal RawPoints { get; }

    /// <summary>The evidence used and the arithmetic, in both languages, such as "5 × (0.93 − 0.5) / (0.95 − 0.5)".</summary>
    public LocalizedText Working => LazyText.Once(ref _working, this, static result =>
    {
        var writer = ExplanationWriter.Rent();
        result._write(writer, result);
        return writer.Finish();
    });

    /// <summary>The indicator's maximum points the method scored against (0 for a result made with a working of its own).</summary>
    internal decimal MaxPoints { get; }

    /// <summary>The method that scored (<see langword="null"/> for a result made with a working of its own).</summary>
    internal IndicatorMethod? Method { get; }

    /// <summary>What the working is written from: the evidence, or what the method made of it.</summary>
    internal object? Given { get; }

    /// <summary>Writes the working into a longer explanation, as read already or written now.</summary>
    /// <param name="writer">The explanation being written.</param>
    internal void WriteWorking(ExplanationWriter writer)
    {
        if (Volatile.Read(ref _working) is { } working) writer.Text(working);
        else _write(writer, this);
    }
}
