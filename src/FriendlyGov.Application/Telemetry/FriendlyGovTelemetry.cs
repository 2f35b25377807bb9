using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace FriendlyGov.Application.Telemetry;

/// <summary>
/// What the workflow reports to an operator, with <c>System.Diagnostics</c> only: one span per
/// request from the <see cref="ActivitySource"/> named <see cref="Name"/>, and counters and a
/// duration histogram from the <see cref="Meter"/> of the same name. An app listens with
/// OpenTelemetry's <c>AddSource(FriendlyGovTelemetry.Name)</c> and
/// <c>AddMeter(FriendlyGovTelemetry.Name)</c>; with no listener they cost next to nothing.
/// </summary>
/// <remarks>
/// Tags carry the request's type, its outcome, the rule that refused it, and the unit code and
/// round id it is about: never an actor's id, a name, a comment or any other text a person wrote.
/// docs/design.md lists every name, tag and unit.
/// </remarks>
public static class FriendlyGovTelemetry
{
    /// <summary>The name of the activity source and of the meter: <c>FriendlyGov</c>.</summary>
    public const string Name = "FriendlyGov";

    /// <summary>The logger category of the workflow's events: <c>FriendlyGov.Application</c>.</summary>
    public const string LogCategory = "FriendlyGov.Application";

    /// <summary>The source of the workflow's spans, one per request.</summary>
    internal static readonly ActivitySource Source = new(Name, typeof(FriendlyGovTelemetry).Assembly.GetName().Version?.ToString());

    private static readonly Meter Meter = new(Name, typeof(FriendlyGovTelemetry).Assembly.GetName().Version?.ToString());

    /// <summary><c>friendlygov.requests</c>: requests sent through the pipeline, by request and outcome.</summary>
    internal static readonly Counter<long> Requests = Meter.CreateCounter<long>("friendlygov.requests", "{request}", "Requests sent through the FriendlyGov pipeline, by request and outcome.");

    /// <summary><c>friendlygov.refusals</c>: requests the actor may not send, by request and the rule that refused them.</summary>
    internal static readonly Counter<long> Refusals = Meter.CreateCounter<long>("friendlygov.refusals", "{refusal}", "Requests refused by an authorization rule, by request and rule.");

    /// <summary><c>friendlygov.conflicts</c>: requests the workflow does not allow now, or that lost a race, by request and kind.</summary>
    internal static readonly Counter<long> Conflicts = Meter.CreateCounter<long>("friendlygov.conflicts", "{conflict}", "Requests refused by the workflow's state (workflow) or changed by someone else first (concurrency).");

    /// <summary><c>friendlygov.request.duration</c>: how long a request took through the pipeline, in seconds.</summary>
    internal static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("friendlygov.request.duration", "s", "Time from a request entering the FriendlyGov pipeline to its answer or failure.");
}
