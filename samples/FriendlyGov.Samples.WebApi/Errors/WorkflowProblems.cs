using System.Text.Json;
using FriendlyGov.Application;
using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace FriendlyGov.Samples.WebApi.Errors;

/// <summary>
/// Answers the workflow's refusals as RFC 9457 problems: a request that is not valid with
/// <c>400</c> and every field, a refused actor with <c>403</c> and the rule, something missing with
/// <c>404</c>, a step the workflow does not allow now or a lost race with <c>409</c>. Anything else
/// is <c>500</c> with no detail. A response never carries a stack trace, and outside text in it (a
/// field name, a value quoted in a message) has its control characters escaped and is cut short
/// with its length (<see cref="MessageText"/>), so that a 9 MiB property name is not echoed whole.
/// </summary>
internal sealed partial class WorkflowProblems(IProblemDetailsService problems, ILogger<WorkflowProblems> log) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationException e => Invalid(e.Message, e.Problems),
            InvalidInputException e => Invalid(e.Message, e.Problems),
            BadHttpRequestException e => Invalid(
                "The request could not be read.",
                [e.InnerException is JsonException json ? new Problem(json.Path ?? "$", json.Message) : new Problem(string.Empty, e.Message)],
                e.StatusCode),
            AuthorizationException e => Problem(StatusCodes.Status403Forbidden, "The actor may not send this request", e.Message, "rule", e.Rule),
            NotFoundException e => Problem(StatusCodes.Status404NotFound, "Not found", e.Message),
            WorkflowException e => Problem(StatusCodes.Status409Conflict, "The workflow does not allow this now", e.Message),
            ConcurrencyException e => Problem(StatusCodes.Status409Conflict, "Changed by someone else first; read again and retry", e.Message),
            _ => null,
        };

        if (problem is null)
        {
            LogUnexpected(log, exception, MessageText.Printable(httpContext.Request.Method, 20), MessageText.Printable(httpContext.Request.Path.ToString(), MaxField));
            problem = Problem(StatusCodes.Status500InternalServerError, "An unexpected error occurred", "The server's log has the details.");
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem }).ConfigureAwait(false);
    }

    /// <summary>The longest field name kept in a problem, in characters.</summary>
    private const int MaxField = 200;

    /// <summary>The longest message kept in a problem, in characters.</summary>
    private const int MaxMessage = 2000;

    private static HttpValidationProblemDetails Invalid(string detail, IEnumerable<Problem> fields, int status = StatusCodes.Status400BadRequest) =>
        new HttpValidationProblemDetails(fields
            // Grouped by the printable name: two long names cut to the same text are one field.
            .GroupBy(p => MessageText.Printable(p.Path, MaxField), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => MessageText.Printable(p.Message, MaxMessage)).ToArray(), StringComparer.Ordinal))
        {
            Status = status,
            Title = "The request is not valid",
            Detail = MessageText.Printable(detail, MaxMessage),
        };

    private static ProblemDetails Problem(int status, string title, string detail, string? extension = null, object? value = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = MessageText.Printable(detail, MaxMessage) };
        if (extension is not null) problem.Extensions[extension] = value;
        return problem;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error on {Method} {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string method, PathString path);
}
