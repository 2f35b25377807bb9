using FriendlyGov.Samples.WebApi.Limits;

namespace FriendlyGov.Samples.WebApi.Endpoints;

/// <summary>How every endpoint is described: named after the workflow request it sends, so each request has exactly one endpoint and one OpenAPI operation.</summary>
internal static class EndpointConventions
{
    /// <summary>The header that carries a command's request id: the same key on a retry returns the first result and changes nothing again.</summary>
    public const string IdempotencyKey = "Idempotency-Key";

    /// <summary>Describes an endpoint that sends a command: named after it, with the problems it may answer.</summary>
    /// <typeparam name="TCommand">The command.</typeparam>
    /// <param name="builder">The endpoint.</param>
    /// <param name="summary">What it does, in one line.</param>
    /// <returns>The same endpoint.</returns>
    public static RouteHandlerBuilder Sends<TCommand>(this RouteHandlerBuilder builder, string summary) =>
        builder.Describe<TCommand>(summary).ProducesProblem(StatusCodes.Status409Conflict);

    /// <summary>Describes an endpoint that sends a bulk command: as <see cref="Sends{TCommand}"/>, with the larger body limit of <see cref="BodySize.Bulk"/> and a 413 beyond it.</summary>
    /// <typeparam name="TCommand">The command.</typeparam>
    /// <param name="builder">The endpoint.</param>
    /// <param name="summary">What it does, in one line.</param>
    /// <returns>The same endpoint.</returns>
    public static RouteHandlerBuilder SendsBulk<TCommand>(this RouteHandlerBuilder builder, string summary) =>
        builder.Sends<TCommand>(summary).WithMetadata(BodySize.Bulk).ProducesProblem(StatusCodes.Status413PayloadTooLarge);

    /// <summary>Describes an endpoint that sends a query: named after it, with the problems it may answer.</summary>
    /// <typeparam name="TQuery">The query.</typeparam>
    /// <param name="builder">The endpoint.</param>
    /// <param name="summary">What it returns, in one line.</param>
    /// <returns>The same endpoint.</returns>
    public static RouteHandlerBuilder Asks<TQuery>(this RouteHandlerBuilder builder, string summary) => builder.Describe<TQuery>(summary);

    /// <summary>The command's request id: the client's <see cref="IdempotencyKey"/>, or a new one.</summary>
    /// <param name="key">The header's value, if given.</param>
    /// <returns>The id.</returns>
    public static Guid RequestId(Guid? key) => key ?? Guid.NewGuid();

    private static RouteHandlerBuilder Describe<TRequest>(this RouteHandlerBuilder builder, string summary) =>
        builder
            .WithName(typeof(TRequest).Name)
            .WithSummary(summary)
            .WithDescription($"Sends the workflow's {typeof(TRequest).FullName} through IMediator as the signed-in actor.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>A date given in a query string, such as <c>?asOf=2024-10-01</c>, or <see langword="null"/> when absent.</summary>
    /// <param name="text">The text given.</param>
    /// <param name="field">The query parameter's name, for the problem.</param>
    /// <param name="request">The request's name, for the problem.</param>
    /// <returns>The date.</returns>
    /// <exception cref="FriendlyGov.Application.Validation.ValidationException">The text is not an ISO date.</exception>
    public static NodaTime.LocalDate? DateOf(string? text, string field, string request) =>
        text is null ? null
        : NodaTime.Text.LocalDatePattern.Iso.Parse(text) is { Success: true } parsed ? parsed.Value
        : throw new FriendlyGov.Application.Validation.ValidationException(request, [new FriendlyGov.Domain.Problem(field, $"'{text}' is not a date written 2024-10-01")]);
}
