namespace FriendlyGov.Application.Notifications;

/// <summary>Published after a finalization in which a cap lowered the rating is saved.</summary>
/// <param name="AssessmentId">The assessment.</param>
/// <param name="UnitCode">Its unit.</param>
/// <param name="BandRating">The rating the total earned.</param>
/// <param name="Rating">The rating after the caps.</param>
/// <param name="Caps">The caps that applied.</param>
public sealed record RatingCapped(Guid AssessmentId, string UnitCode, string BandRating, string Rating, IReadOnlyList<string> Caps) : INotification;
