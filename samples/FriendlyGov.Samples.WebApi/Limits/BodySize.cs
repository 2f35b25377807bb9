namespace FriendlyGov.Samples.WebApi.Limits;

/// <summary>
/// Which body limit of <see cref="LimitSettings"/> an endpoint has, as endpoint metadata; an
/// endpoint without it has <see cref="Command"/>'s.
/// </summary>
/// <param name="Name">The kind of body, for messages.</param>
/// <param name="Limit">Its limit in bytes, from the settings.</param>
internal sealed record BodySize(string Name, Func<LimitSettings, long> Limit)
{
    /// <summary>A command or query: <see cref="LimitSettings.CommandBodyBytes"/>.</summary>
    public static readonly BodySize Command = new("command", limits => limits.CommandBodyBytes);

    /// <summary>A bulk request: <see cref="LimitSettings.BulkBodyBytes"/>.</summary>
    public static readonly BodySize Bulk = new("bulk request", limits => limits.BulkBodyBytes);

    /// <summary>An uploaded file: <see cref="LimitSettings.UploadBodyBytes"/>.</summary>
    public static readonly BodySize Upload = new("upload", limits => limits.UploadBodyBytes);
}
