namespace FriendlyGov.Infrastructure.Persistence;

/// <summary>A command's result, remembered under its client's request id.</summary>
internal sealed class IdempotencyRecord
{
    public Guid RequestId { get; set; }

    public string Request { get; set; } = string.Empty;

    public string ResponseType { get; set; } = string.Empty;

    public string Response { get; set; } = string.Empty;
}
