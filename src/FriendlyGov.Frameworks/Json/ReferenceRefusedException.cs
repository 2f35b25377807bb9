namespace FriendlyGov.Frameworks.Json;

/// <summary>
/// A file reference that may not be followed (it leaves the root, or names a file of another
/// kind), raised while a document is read and reported by the reader at the reference's place.
/// </summary>
/// <param name="message">What is wrong with the reference, quoting nothing of the file it names.</param>
internal sealed class ReferenceRefusedException(string message) : Exception(message);
