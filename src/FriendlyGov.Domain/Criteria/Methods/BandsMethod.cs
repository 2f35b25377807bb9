using FriendlyGov.Domain.Evidence;

namespace FriendlyGov.Domain.Criteria.Methods;

/// <summary>
/// <c>bands</c>: a measured value, such as sessions held, earns the points of the highest band
/// whose <c>min</c> is at or below it, and 0 below every band.
/// </summary>
public sealed class BandsMethod : EvidenceMethod
{
    /// <summary>The kind as written in files.</summary>
    public const string KindCode = "bands";

    /// <summary>Creates a bands method.</summary>
    /// <param name="bands">At least one band, in strictly ascending <c>min</c>, each worth ≥ 0 points; mins within ±<see cref="FigureLimits.MaxValue"/>, points at most <see cref="FigureLimits.MaxPoints"/>.</param>
    /// <exception cref="InvalidInputException">The bands break those rules (paths relative to the method).</exception>
    public BandsMethod(IEnumerable<ScoreBand> bands)
    {
        Bands = [.. Guard.Against.Null(bands)];
        var problems = new List<Problem>();
        if (Bands.Count == 0) problems.Add(new Problem("bands", "at least one band is required"));
        for (var i = 0; i < Bands.Count; i++)
        {
            var path = "bands" + JsonPath.Index(i);
            if (i > 0 && Bands[i].Min <= Bands[i - 1].Min)
                problems.Add(new Problem(path + ".min", $"{Figures.Text(Bands[i].Min)} is not above the previous band's min {Figures.Text(Bands[i - 1].Min)}: bands go in strictly ascending min"));
            if (Bands[i].Points < 0)
                problems.Add(new Problem(path + ".points", $"{Figures.Text(Bands[i].Points)} is not ≥ 0"));
            FigureLimits.AddTo(problems, FigureLimits.CheckValue(path + ".min", Bands[i].Min), FigureLimits.CheckPoints(path + ".points", Bands[i].Points));
        }

        InvalidInputException.ThrowIfAny(problems);
    }

    /// <summary>The bands, in ascending <c>min</c>.</summary>
    public IReadOnlyList<ScoreBand> Bands { get; }

    /// <inheritdoc />
    public override string Kind => KindCode;

    /// <inheritdoc />
    public override IReadOnlyList<string> EvidenceFields { get; } = [IndicatorEvidence.ValueField];

    /// <inheritdoc />
    public override LocalizedText Describe() => new(
        "theo mức: " + string.Join("; ", Bands.Select(b => $"từ {Figures.TextVi(b.Min)}: {Figures.TextVi(b.Points)}")),
        "bands: " + string.Join("; ", Bands.Select(b => $"from {Figures.Text(b.Min)}: {Figures.Text(b.Points)}")));

    /// <inheritdoc />
    public override IEnumerable<Problem> CheckFits(decimal maxPoints)
    {
        for (var i = 0; i < Bands.Count; i++)
        {
            if (Bands[i].Points > maxPoints)
                yield return new Problem($"bands[{i}].points", $"{Figures.Text(Bands[i].Points)} is above the indicator's maxPoints {Figures.Text(maxPoints)}");
        }
    }

    /// <inheritdoc />
    public override MethodResult Score(IndicatorEvidence evidence, decimal maxPoints)
    {
        return BandFor(evidence.Value!.Value) is { } band
            ? new(band.Points, maxPoints, this, evidence, static (w, r) =>
            {
                var value = ((IndicatorEvidence)r.Given!).Value!.Value;
                var band = ((BandsMethod)r.Method!).BandFor(value)!;
                w.Words("giá trị ", "value ").Figure(value).Words(" thuộc mức từ ", " in the band from ").Figure(band.Min).Same(": ").Figure(band.Points);
            })
            : new(0m, maxPoints, this, evidence, static (w, r) => w.Words("giá trị ", "value ").Figure(((IndicatorEvidence)r.Given!).Value!.Value)
                .Words(" dưới mức thấp nhất ", " below the lowest band ").Figure(((BandsMethod)r.Method!).Bands[0].Min).Same(": 0"));
    }

    /// <summary>The highest band whose <c>min</c> is at or below <paramref name="value"/>, or <see langword="null"/> below every band.</summary>
    private ScoreBand? BandFor(decimal value)
    {
        ScoreBand? band = null;
        for (var i = 0; i < Bands.Count; i++)
        {
            if (Bands[i].Min <= value) band = Bands[i];
        }

        return band;
    }

    /// <inheritdoc />
    protected override void CheckOwnEvidence(IndicatorEvidence evidence, decimal maxPoints, List<Problem> problems)
    {
        if (evidence.Value is not { } value) problems.Add(Required(IndicatorEvidence.ValueField));
        else if (FigureLimits.CheckValue(IndicatorEvidence.ValueField, value) is { } beyond) problems.Add(beyond);
    }
}
