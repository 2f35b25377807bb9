namespace FriendlyGov.Domain.Criteria.Methods;

/// <summary>What a method made of an indicator's evidence, before rounding.</summary>
/// <remarks>
/// The working text is written only when it is first read: scoring many units for their totals
/// does not pay for explanations nobody reads. It is the same text whenever it is read.
/// </remarks>
public sealed class MethodResult
{
    private readonly LazyText _working;

    /// <summary>Creates a result whose working is written when first read.</summary>
    /// <param name="rawPoints">The exact points, in [0, max], before rounding to the framework's decimals.</param>
    /// <param name="working">Writes the evidence used and the arithmetic, in both languages.</param>
    public MethodResult(decimal rawPoints, Func<LocalizedText> working)
    {
        RawPoints = rawPoints;
        _working = new LazyText(working);
    }

    /// <summary>The exact points, in [0, max], before rounding to the framework's decimals.</summary>
    public decimal RawPoints { get; }

    /// <summary>The evidence used and the arithmetic, in both languages, such as "5 × (0.93 − 0.5) / (0.95 − 0.5)".</summary>
    public LocalizedText Working => _working.Value;
}
