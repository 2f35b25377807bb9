namespace FriendlyGov.Domain.Feedback;

/// <summary>The file codes of <see cref="FeedbackChannel"/> and <see cref="FeedbackAspect"/> values.</summary>
public static class FeedbackCodes
{
    private static readonly CodeTable<FeedbackChannel> Channels = new("qr", "kiosk", "portal", "paper");
    private static readonly CodeTable<FeedbackAspect> Aspects = new("access", "procedure", "official", "result", "feedback-handling", "office-smile");

    /// <summary>Every channel code: <c>qr</c>, <c>kiosk</c>, <c>portal</c>, <c>paper</c>.</summary>
    public static IReadOnlyList<string> AllChannelCodes => Channels.All;

    /// <summary>Every aspect code: <c>access</c>, <c>procedure</c>, <c>official</c>, <c>result</c>, <c>feedback-handling</c>, <c>office-smile</c>.</summary>
    public static IReadOnlyList<string> AllAspectCodes => Aspects.All;

    /// <summary>The file code of a channel.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>Its code.</returns>
    public static string ToCode(this FeedbackChannel channel) => Channels.ToCode(channel);

    /// <summary>The file code of an aspect.</summary>
    /// <param name="aspect">The aspect.</param>
    /// <returns>Its code.</returns>
    public static string ToCode(this FeedbackAspect aspect) => Aspects.ToCode(aspect);

    /// <summary>The channel with a file code.</summary>
    /// <param name="code">A code such as <c>kiosk</c>.</param>
    /// <param name="channel">The channel, when the code is known.</param>
    /// <returns>Whether the code is known.</returns>
    public static bool TryParseChannel(string code, out FeedbackChannel channel) => Channels.TryParse(code, out channel);

    /// <summary>The aspect with a file code.</summary>
    /// <param name="code">A code such as <c>official</c>.</param>
    /// <param name="aspect">The aspect, when the code is known.</param>
    /// <returns>Whether the code is known.</returns>
    public static bool TryParseAspect(string code, out FeedbackAspect aspect) => Aspects.TryParse(code, out aspect);
}
