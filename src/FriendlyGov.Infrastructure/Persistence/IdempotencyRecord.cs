namespace FriendlyGov.Infrastructure.Persistence;

/// <summary>A command's result, remembered under its client's request id with who sent it and what it asked.</summary>
internal sealed class IdempotencyRecord
{
    public Guid RequestId { get; set; }

    /// <summary>The sender's actor id; empty for a record kept before it was remembered (such a record matches no retry).</summary>
    public string Actor { get; set; } = string.Empty;

    public string Request { get; set; } = string.Empty;

    /// <summary>The SHA-256 of the request's canonical JSON; empty for a record kept before it was remembered.</summary>
    public string ContentHash { get; set; } = string.Empty;

    public string ResponseType { get; set; } = string.Empty;

    public string Response { get; set; } = string.Empty;
}
