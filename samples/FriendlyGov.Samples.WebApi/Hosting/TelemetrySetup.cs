using FriendlyGov.Application.Telemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace FriendlyGov.Samples.WebApi.Hosting;

/// <summary>
/// OpenTelemetry for the sample: the library's spans and metrics (<see cref="FriendlyGovTelemetry.Name"/>)
/// with ASP.NET Core's, sent where <c>Telemetry:Exporter</c> says: <c>none</c> (default),
/// <c>console</c>, or <c>otlp</c> (to <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, a collector).
/// </summary>
internal static class TelemetrySetup
{
    /// <summary>The configuration key of the exporter.</summary>
    public const string ExporterKey = "Telemetry:Exporter";

    private static readonly string[] Exporters = ["none", "console", "otlp"];

    /// <summary>Why the app must not start with this exporter; empty when it may.</summary>
    /// <param name="configuration">The app's configuration.</param>
    /// <returns>One sentence per problem.</returns>
    public static IEnumerable<string> Problems(IConfiguration configuration)
    {
        if (!Exporters.Contains(Exporter(configuration)))
            yield return $"{ExporterKey} is '{configuration[ExporterKey]}', which is not one of {string.Join(", ", Exporters)}";
    }

    /// <summary>Adds OpenTelemetry unless the exporter is <c>none</c>.</summary>
    /// <param name="services">The app's services.</param>
    /// <param name="configuration">The app's configuration.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var exporter = Exporter(configuration);
        if (exporter is not ("console" or "otlp")) return services;

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("FriendlyGov.Samples.WebApi"))
            .WithTracing(tracing =>
            {
                tracing.AddSource(FriendlyGovTelemetry.Name).AddAspNetCoreInstrumentation();
                if (exporter == "console") tracing.AddConsoleExporter();
                else tracing.AddOtlpExporter();
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(FriendlyGovTelemetry.Name).AddAspNetCoreInstrumentation();
                if (exporter == "console") metrics.AddConsoleExporter();
                else metrics.AddOtlpExporter();
            });
        return services;
    }

    private static string Exporter(IConfiguration configuration) => (configuration[ExporterKey] ?? "none").Trim().ToLowerInvariant();
}
