using FriendlyGov.Application.Ports;

namespace FriendlyGov.Infrastructure.Persistence;

/// <summary>
/// The one wording of a save refused because what it changes was changed by someone else since it
/// was read, for a tracked save and the bulk path alike.
/// </summary>
internal static class StaleWrites
{
    private const int Named = 5;

    /// <summary>The exception naming what was changed, the first five and how many more.</summary>
    /// <param name="changed">What was changed, such as <c>assessment 3f… of unit 26041</c>; at least one.</param>
    /// <param name="inner">The store's exception, if any.</param>
    /// <returns>The exception to throw.</returns>
    public static ConcurrencyException Refused(IReadOnlyList<string> changed, Exception? inner = null)
    {
        var more = changed.Count > Named ? $" and {changed.Count - Named} more" : string.Empty;
        return new ConcurrencyException($"{string.Join(", ", changed.Take(Named))}{more} was changed by someone else since it was read; nothing was saved: read it again and retry.", inner);
    }
}
