using FriendlyGov.Domain.Disclosures;
using FriendlyGov.Frameworks;

namespace FriendlyGov.Application;

/// <summary>Settings of the FriendlyGov workflow.</summary>
public sealed class FriendlyGovOptions
{
    /// <summary>
    /// The code of conduct that conduct observations are recorded under: an id the
    /// <see cref="Ports.IConductCodeCatalog"/> knows (the built-in ones by default). Default
    /// <c>vn-friendly-government-2024</c>.
    /// </summary>
    public string ConductCode { get; set; } = "vn-friendly-government-2024";

    /// <summary>
    /// The catalogue of items communes must make public, that disclosures are recorded and
    /// summarized against. Default the built-in <c>vn-grassroots-democracy-2022</c>; an
    /// integrator sets its own with <see cref="DisclosureCatalogueReader.ReadFile"/>.
    /// </summary>
    public DisclosureCatalogue DisclosureCatalogue { get; set; } = BuiltInDisclosureCatalogues.GrassrootsDemocracy2022;

    /// <summary>
    /// The most rows one bulk request may carry: units to register, units of a round, evidence
    /// entries, conduct observations, dossier statistics rows. A longer request is refused as not
    /// valid, naming this limit, before any row is read. Default 100,000: a year of a province's
    /// citizen reports or the country's monthly dossier counts fit; an app that takes requests
    /// from the network sets less (the WebApi sample: 10,000). At least 1.
    /// </summary>
    public int MaxRowsPerRequest
    {
        get;
        set => field = Guard.Against.NegativeOrZero(value);
    } = 100_000;
}
