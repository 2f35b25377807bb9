using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;

namespace FriendlyGov.Application.Telemetry;

/// <summary>How a request ended, as the value of the <c>friendlygov.outcome</c> tag.</summary>
internal static class RequestOutcome
{
    /// <summary>Answered.</summary>
    public const string Ok = "ok";

    /// <summary>Not valid: a <see cref="ValidationException"/> or <see cref="InvalidInputException"/>.</summary>
    public const string Invalid = "invalid";

    /// <summary>The actor may not send it: an <see cref="AuthorizationException"/>.</summary>
    public const string Refused = "refused";

    /// <summary>Something it names does not exist: a <see cref="NotFoundException"/>.</summary>
    public const string NotFound = "not_found";

    /// <summary>The workflow does not allow it now, or someone else changed it first.</summary>
    public const string Conflict = "conflict";

    /// <summary>The caller gave up.</summary>
    public const string Cancelled = "cancelled";

    /// <summary>Anything else: a failure nobody expected.</summary>
    public const string Error = "error";

    /// <summary>The outcome of a request that failed with <paramref name="exception"/>.</summary>
    /// <param name="exception">The failure.</param>
    /// <returns>One of the outcomes above, never <see cref="Ok"/>.</returns>
    public static string Of(Exception exception) => exception switch
    {
        ValidationException or InvalidInputException => Invalid,
        AuthorizationException => Refused,
        NotFoundException => NotFound,
        WorkflowException or ConcurrencyException => Conflict,
        OperationCanceledException => Cancelled,
        _ => Error,
    };
}
