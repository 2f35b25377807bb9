namespace FriendlyGov.Application;

/// <summary>A request named something that does not exist, such as a round or a unit not in it. Nothing changed.</summary>
/// <param name="message">What was not found.</param>
public sealed class NotFoundException(string message) : Exception(message);
