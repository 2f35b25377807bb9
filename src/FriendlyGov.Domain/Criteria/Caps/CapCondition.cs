using FriendlyGov.Domain.Scoring;

namespace FriendlyGov.Domain.Criteria.Caps;

/// <summary>The condition under which a <see cref="Cap"/> limits a unit's rating.</summary>
public abstract class CapCondition
{
    private protected CapCondition()
    {
    }

    /// <summary>The condition's name as written in files, such as <c>groupShareBelow</c>.</summary>
    public abstract string Kind { get; }

    /// <summary>The condition in words, for people.</summary>
    /// <returns>A bilingual description.</returns>
    public abstract LocalizedText Describe();

    /// <summary>
    /// Problems with the condition in <paramref name="framework"/>, such as an indicator that does
    /// not exist. Paths are relative to the condition's <c>when</c> object.
    /// </summary>
    /// <param name="framework">The framework the cap belongs to, otherwise complete.</param>
    /// <returns>The problems; empty when the condition fits.</returns>
    public virtual IEnumerable<Problem> CheckFits(FrameworkOutline framework) => [];

    /// <summary>Whether the condition holds for a scored unit, and why.</summary>
    /// <param name="context">The unit's points and evidence.</param>
    /// <returns>The reason, in both languages, when it holds; otherwise <see langword="null"/>.</returns>
    public abstract LocalizedText? Holds(CapContext context);
}
