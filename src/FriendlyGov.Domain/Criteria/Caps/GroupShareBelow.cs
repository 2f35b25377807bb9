using FriendlyGov.Domain.Scoring;

namespace FriendlyGov.Domain.Criteria.Caps;

/// <summary>
/// <c>groupShareBelow</c>: holds when some group scored below <see cref="Share"/> of its maximum
/// points, such as a group below half of its points.
/// </summary>
public sealed class GroupShareBelow : CapCondition
{
    /// <summary>The condition's name as written in files.</summary>
    public const string KindCode = "groupShareBelow";

    /// <summary>Creates the condition.</summary>
    /// <param name="share">A share in (0, 1].</param>
    /// <exception cref="InvalidInputException"><paramref name="share"/> is outside (0, 1].</exception>
    public GroupShareBelow(decimal share)
    {
        if (share is <= 0m or > 1m)
            throw new InvalidInputException([new Problem(KindCode, $"{Figures.Text(share)} is outside (0, 1]")]);
        Share = share;
    }

    /// <summary>The share of a group's maximum below which the cap's condition holds.</summary>
    public decimal Share { get; }

    /// <inheritdoc />
    public override string Kind => KindCode;

    /// <inheritdoc />
    public override LocalizedText Describe() => new(
        $"có nhóm tiêu chí đạt dưới {Figures.TextVi(Share * 100)}% điểm tối đa",
        $"some group scored below {Figures.Text(Share * 100)}% of its maximum");

    /// <inheritdoc />
    public override LocalizedText? Holds(CapContext context)
    {
        var below = Guard.Against.Null(context).Groups.Where(g => g.Points < Share * g.Group.MaxPoints).ToList();
        if (below.Count == 0) return null;
        return new(
            string.Join("; ", below.Select(g => $"nhóm {g.Group.Id} đạt {Figures.TextVi(g.Points)}/{Figures.TextVi(g.Group.MaxPoints)}, dưới {Figures.TextVi(Share * g.Group.MaxPoints)}")),
            string.Join("; ", below.Select(g => $"group {g.Group.Id} scored {Figures.Text(g.Points)} of {Figures.Text(g.Group.MaxPoints)}, below {Figures.Text(Share * g.Group.MaxPoints)}")));
    }
}
