namespace FriendlyGov.Domain.Feedback;

/// <summary>How many ratings came through one channel.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="Count">The number of ratings; 0 or more.</param>
public sealed record ChannelCount(FeedbackChannel Channel, int Count);
