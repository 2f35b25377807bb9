using Microsoft.Extensions.Logging;

namespace FriendlyGov.Application.Telemetry;

/// <summary>The workflow's log events, under <see cref="FriendlyGovTelemetry.LogCategory"/>; ids are stable and listed in docs/design.md.</summary>
internal static partial class TelemetryLog
{
    [LoggerMessage(EventId = 1, EventName = "RequestRefused", Level = LogLevel.Information, Message = "{Request} refused by rule {Rule}")]
    public static partial void Refused(ILogger logger, string request, string rule);

    [LoggerMessage(EventId = 2, EventName = "RequestInvalid", Level = LogLevel.Information, Message = "{Request} is not valid: {ProblemCount} problem(s)")]
    public static partial void Invalid(ILogger logger, string request, int problemCount);

    [LoggerMessage(EventId = 3, EventName = "RequestConflict", Level = LogLevel.Information, Message = "{Request} conflicts with the workflow's state: {Conflict}")]
    public static partial void Conflict(ILogger logger, string request, string conflict);

    [LoggerMessage(EventId = 4, EventName = "RequestFailed", Level = LogLevel.Error, Message = "{Request} failed unexpectedly")]
    public static partial void Failed(ILogger logger, Exception exception, string request);
}
