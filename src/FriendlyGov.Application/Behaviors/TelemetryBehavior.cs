using System.Diagnostics;
using System.Reflection;
using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Telemetry;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FriendlyGov.Application.Behaviors;

/// <summary>
/// Outermost in the pipeline: one span per request from <see cref="FriendlyGovTelemetry"/>'s
/// activity source, the request counted and timed by its outcome, a refusal counted by its
/// rule and a conflict by its kind, and a log event for each refusal (Information) and each
/// unexpected failure (Error, with the exception). The failure itself is rethrown unchanged.
/// </summary>
/// <remarks>
/// Tags hold the request's type, kind (command or query), outcome, the refusing rule, and the
/// <c>UnitCode</c> and <c>RoundId</c> the request carries, if any. Nothing a person wrote (a
/// comment, a reason, a name) and no actor id is ever put in a tag or a log event.
/// </remarks>
/// <typeparam name="TRequest">The request.</typeparam>
/// <typeparam name="TResponse">Its response.</typeparam>
/// <param name="loggers">Where log events go; none when the app has no logging.</param>
public sealed class TelemetryBehavior<TRequest, TResponse>(ILoggerFactory? loggers = null)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly string RequestName = typeof(TRequest).Name;
    private static readonly string Kind = typeof(ICommand<TResponse>).IsAssignableFrom(typeof(TRequest)) ? "command" : "query";
    private static readonly PropertyInfo? UnitCode = Property("UnitCode", typeof(string));
    private static readonly PropertyInfo? RoundId = Property("RoundId", typeof(Guid));

    private readonly ILogger _log = loggers?.CreateLogger(FriendlyGovTelemetry.LogCategory) ?? NullLogger.Instance;

    /// <inheritdoc />
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        Guard.Against.Null(next);
        var started = Stopwatch.GetTimestamp();
        using var activity = FriendlyGovTelemetry.Source.StartActivity(RequestName, ActivityKind.Internal);
        if (activity is { IsAllDataRequested: true }) Describe(activity, request);
        try
        {
            var response = await next().ConfigureAwait(false);
            Record(activity, started, RequestOutcome.Ok);
            return response;
        }
        catch (Exception e)
        {
            var outcome = RequestOutcome.Of(e);
            Record(activity, started, outcome);
            Report(activity, e, outcome);
            throw;
        }
    }

    private static PropertyInfo? Property(string name, Type type) =>
        typeof(TRequest).GetProperty(name, BindingFlags.Public | BindingFlags.Instance) is { } property && property.PropertyType == type ? property : null;

    private static void Describe(Activity activity, TRequest request)
    {
        activity.SetTag("friendlygov.request", RequestName);
        activity.SetTag("friendlygov.request.kind", Kind);
        if (UnitCode?.GetValue(request) is string unit) activity.SetTag("friendlygov.unit.code", unit);
        if (RoundId?.GetValue(request) is Guid round) activity.SetTag("friendlygov.round.id", round.ToString());
    }

    private static void Record(Activity? activity, long started, string outcome)
    {
        var tags = new TagList { { "friendlygov.request", RequestName }, { "friendlygov.outcome", outcome } };
        FriendlyGovTelemetry.Requests.Add(1, tags);
        FriendlyGovTelemetry.Duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        activity?.SetTag("friendlygov.outcome", outcome);
    }

    private void Report(Activity? activity, Exception exception, string outcome)
    {
        switch (exception)
        {
            case AuthorizationException refused:
                activity?.SetTag("friendlygov.refusal.rule", refused.Rule);
                FriendlyGovTelemetry.Refusals.Add(1, new TagList { { "friendlygov.request", RequestName }, { "friendlygov.refusal.rule", refused.Rule } });
                TelemetryLog.Refused(_log, RequestName, refused.Rule);
                break;
            case ValidationException invalid:
                TelemetryLog.Invalid(_log, RequestName, invalid.Problems.Count);
                break;
            case InvalidInputException invalid:
                TelemetryLog.Invalid(_log, RequestName, invalid.Problems.Count);
                break;
            case not null when outcome == RequestOutcome.Conflict:
                var kind = exception is ConcurrencyException ? "concurrency" : "workflow";
                activity?.SetTag("friendlygov.conflict", kind);
                FriendlyGovTelemetry.Conflicts.Add(1, new TagList { { "friendlygov.request", RequestName }, { "friendlygov.conflict", kind } });
                TelemetryLog.Conflict(_log, RequestName, kind);
                break;
            case not null when outcome == RequestOutcome.Error:
                activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
                activity?.AddException(exception);
                TelemetryLog.Failed(_log, exception, RequestName);
                break;
        }
    }
}
