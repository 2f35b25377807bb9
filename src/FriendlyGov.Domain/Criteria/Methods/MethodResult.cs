namespace FriendlyGov.Domain.Criteria.Methods;

/// <summary>What a method made of an indicator's evidence, before rounding.</summary>
/// <param name="RawPoints">The exact points, in [0, max], before rounding to the framework's decimals.</param>
/// <param name="Working">The evidence used and the arithmetic, in both languages, such as
/// "5 × (0.93 − 0.5) / (0.95 − 0.5)".</param>
public sealed record MethodResult(decimal RawPoints, LocalizedText Working);
