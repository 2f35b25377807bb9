namespace FriendlyGov.Frameworks;

/// <summary>
/// What a fixture case expects: an error containing a text, or figures. Every figure is optional;
/// figures compare exactly as decimals (15 equals 15.00), <see cref="Caps"/> and
/// <see cref="Missing"/> as sets.
/// </summary>
public sealed record FixtureExpectation
{
    /// <summary>A text the error must contain; when set, no figure is expected.</summary>
    public string? Error { get; init; }

    /// <summary>The expected total.</summary>
    public decimal? Total { get; init; }

    /// <summary>The expected final rating's code.</summary>
    public string? Rating { get; init; }

    /// <summary>Expected points by group id.</summary>
    public IReadOnlyDictionary<string, decimal> Groups { get; init; } = new Dictionary<string, decimal>();

    /// <summary>Expected points by criterion id.</summary>
    public IReadOnlyDictionary<string, decimal> Criteria { get; init; } = new Dictionary<string, decimal>();

    /// <summary>Expected points by indicator id, bonus indicators included.</summary>
    public IReadOnlyDictionary<string, decimal> Indicators { get; init; } = new Dictionary<string, decimal>();

    /// <summary>The expected bonus points.</summary>
    public decimal? Bonus { get; init; }

    /// <summary>The ids of the caps expected to apply, when given.</summary>
    public IReadOnlySet<string>? Caps { get; init; }

    /// <summary>The ids of the indicators expected to have missing evidence, when given.</summary>
    public IReadOnlySet<string>? Missing { get; init; }
}
