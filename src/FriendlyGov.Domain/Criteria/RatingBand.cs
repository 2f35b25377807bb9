namespace FriendlyGov.Domain.Criteria;

/// <summary>
/// A rating (xếp loại) or star level (hạng sao): a total of at least <see cref="MinPoints"/>
/// earns it, unless a higher band's minimum is also reached.
/// </summary>
/// <param name="Code">The code used in files, such as <c>good</c> or <c>three-stars</c>.</param>
/// <param name="Title">The name shown to people, such as Tốt (good).</param>
/// <param name="MinPoints">The lowest total that earns the band.</param>
public sealed record RatingBand(string Code, LocalizedText Title, decimal MinPoints);
