namespace FriendlyGov.Domain.Criteria;

/// <summary>A criterion (tiêu chí): a set of indicators; worth the sum of their maximum points.</summary>
public sealed class Criterion
{
    /// <summary>Creates a criterion.</summary>
    /// <param name="id">The id, unique across the framework, such as <c>G1.1</c>.</param>
    /// <param name="title">What the criterion is about.</param>
    /// <param name="indicators">At least one indicator.</param>
    /// <exception cref="InvalidInputException">There is no indicator.</exception>
    public Criterion(string id, LocalizedText title, IEnumerable<Indicator> indicators)
    {
        Id = Guard.Against.NullOrWhiteSpace(id);
        Title = Guard.Against.Null(title);
        Indicators = [.. Guard.Against.Null(indicators)];
        if (Indicators.Count == 0) throw new InvalidInputException([new Problem("indicators", "a criterion needs at least one indicator")]);
        MaxPoints = Indicators.Sum(i => i.MaxPoints);
    }

    /// <summary>The id, unique across the framework.</summary>
    public string Id { get; }

    /// <summary>What the criterion is about.</summary>
    public LocalizedText Title { get; }

    /// <summary>The indicators, in order.</summary>
    public IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>The sum of the indicators' maximum points.</summary>
    public decimal MaxPoints { get; }
}
