namespace FriendlyGov.Application;

/// <summary>Settings of the FriendlyGov workflow.</summary>
public sealed class FriendlyGovOptions
{
    /// <summary>
    /// The code of conduct that conduct observations are recorded under: a built-in id. Default
    /// <c>vn-friendly-government-2024</c>.
    /// </summary>
    public string ConductCode { get; set; } = "vn-friendly-government-2024";
}
