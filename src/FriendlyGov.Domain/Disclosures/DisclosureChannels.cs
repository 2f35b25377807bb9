namespace FriendlyGov.Domain.Disclosures;

/// <summary>The file codes of <see cref="DisclosureChannel"/> values.</summary>
public static class DisclosureChannels
{
    private static readonly CodeTable<DisclosureChannel> Codes = new("notice-board", "radio", "web-portal", "village-meeting");

    /// <summary>Every file code, in the order of <see cref="DisclosureChannel"/>.</summary>
    public static IReadOnlyList<string> AllCodes => Codes.All;

    /// <summary>The file code, such as <c>notice-board</c>.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>Its code.</returns>
    public static string ToCode(this DisclosureChannel channel) => Codes.ToCode(channel);

    /// <summary>The channel with a file code.</summary>
    /// <param name="code">A code such as <c>radio</c>.</param>
    /// <param name="channel">The channel, when the code is known.</param>
    /// <returns>Whether the code is known.</returns>
    public static bool TryParse(string code, out DisclosureChannel channel) => Codes.TryParse(code, out channel);
}
