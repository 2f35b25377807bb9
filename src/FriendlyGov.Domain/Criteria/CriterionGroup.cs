namespace FriendlyGov.Domain.Criteria;

/// <summary>A group of criteria (nhóm tiêu chí); worth the sum of its criteria's maximum points.</summary>
public sealed class CriterionGroup
{
    /// <summary>Creates a group.</summary>
    /// <param name="id">The id, unique across the framework, such as <c>G1</c>.</param>
    /// <param name="title">What the group is about.</param>
    /// <param name="criteria">At least one criterion.</param>
    /// <exception cref="InvalidInputException">There is no criterion.</exception>
    public CriterionGroup(string id, LocalizedText title, IEnumerable<Criterion> criteria)
    {
        Id = Guard.Against.NullOrWhiteSpace(id);
        Title = Guard.Against.Null(title);
        Criteria = [.. Guard.Against.Null(criteria)];
        if (Criteria.Count == 0) throw new InvalidInputException([new Problem("criteria", "a group needs at least one criterion")]);
        MaxPoints = Criteria.Sum(c => c.MaxPoints);
    }

    /// <summary>The id, unique across the framework.</summary>
    public string Id { get; }

    /// <summary>What the group is about.</summary>
    public LocalizedText Title { get; }

    /// <summary>The criteria, in order.</summary>
    public IReadOnlyList<Criterion> Criteria { get; }

    /// <summary>The sum of the criteria's maximum points.</summary>
    public decimal MaxPoints { get; }

    /// <summary>Every indicator of the group, in order.</summary>
    public IEnumerable<Indicator> Indicators => Criteria.SelectMany(c => c.Indicators);
}
