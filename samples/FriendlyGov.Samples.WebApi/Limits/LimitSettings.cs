namespace FriendlyGov.Samples.WebApi.Limits;

/// <summary>
/// The configuration section <c>Limits</c>: how much one caller may send. The defaults suit a
/// province's staff; an operator raises them for a busy import or lowers them under attack.
/// </summary>
internal sealed class LimitSettings
{
    /// <summary>The section's name.</summary>
    public const string Section = "Limits";

    /// <summary>Requests one signed-in actor may send per minute (fixed window); the next is answered 429. Default 100.</summary>
    public int RequestsPerActorPerMinute { get; set; } = 100;

    /// <summary>Requests one client address may send per minute, signed in or not (a commune office behind one address counts once). Default 1,000.</summary>
    public int RequestsPerAddressPerMinute { get; set; } = 1_000;

    /// <summary>The largest body of a command or any other request, in bytes; a larger one is answered 413. Default 64 KiB.</summary>
    public long CommandBodyBytes { get; set; } = 64 * 1024;

    /// <summary>The largest body of a bulk request (units, a round, evidence, observations, dossier statistics), in bytes. Default 8 MiB.</summary>
    public long BulkBodyBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>The largest uploaded file (a workbook), in bytes. Default 16 MiB.</summary>
    public long UploadBodyBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>The most rows one bulk request may carry, checked by the library (<c>FriendlyGovOptions.MaxRowsPerRequest</c>). Default 10,000.</summary>
    public int MaxRowsPerRequest { get; set; } = 10_000;

    /// <summary>Reads the section.</summary>
    /// <param name="configuration">The app's configuration.</param>
    /// <returns>The settings.</returns>
    public static LimitSettings From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<LimitSettings>() ?? new LimitSettings();

    /// <summary>Why the app must not start with these limits; empty when it may.</summary>
    /// <returns>One sentence per problem, naming the setting.</returns>
    public IEnumerable<string> Problems()
    {
        if (RequestsPerActorPerMinute < 1) yield return "Limits:RequestsPerActorPerMinute must be at least 1";
        if (RequestsPerAddressPerMinute < 1) yield return "Limits:RequestsPerAddressPerMinute must be at least 1";
        if (CommandBodyBytes < 1024) yield return "Limits:CommandBodyBytes must be at least 1024";
        if (BulkBodyBytes < CommandBodyBytes) yield return "Limits:BulkBodyBytes must be at least Limits:CommandBodyBytes";
        if (UploadBodyBytes < CommandBodyBytes) yield return "Limits:UploadBodyBytes must be at least Limits:CommandBodyBytes";
        if (MaxRowsPerRequest < 1) yield return "Limits:MaxRowsPerRequest must be at least 1";
    }
}
