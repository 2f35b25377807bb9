namespace FriendlyGov.Domain.Feedback;

/// <summary>The ratings of one aspect in a unit over a period.</summary>
/// <param name="Aspect">The aspect.</param>
/// <param name="Sum">The sum of its scores: the exact figure behind <see cref="Average"/>.</param>
/// <param name="Satisfied">How many ratings gave it 4 or 5.</param>
/// <param name="Average">
/// <see cref="Sum"/> divided by the number of ratings, rounded to 2 decimals half away from zero
/// (11/3 is 3.67); <see langword="null"/> when there is no rating.
/// </param>
/// <param name="SatisfiedShare">
/// <see cref="Satisfied"/> divided by the number of ratings, a share in [0, 1] rounded to 4
/// decimals half away from zero (2/3 is 0.6667); <see langword="null"/> when there is no rating.
/// </param>
public sealed record AspectSummary(FeedbackAspect Aspect, int Sum, int Satisfied, decimal? Average, decimal? SatisfiedShare);
