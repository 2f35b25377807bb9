using FriendlyGov.Application.Validation;

namespace FriendlyGov.Application.Behaviors;

/// <summary>
/// First in the pipeline: a request that is not valid never reaches its handler and fails with a
/// <see cref="ValidationException"/> listing every field and problem.
/// </summary>
/// <typeparam name="TRequest">The request.</typeparam>
/// <typeparam name="TResponse">Its response.</typeparam>
/// <param name="validators">The request's validators.</param>
public sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IRequestValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    /// <inheritdoc />
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        Guard.Against.Null(next);
        var problems = validators.SelectMany(v => v.Validate(request)).ToList();
        if (problems.Count > 0) throw new ValidationException(typeof(TRequest).Name, problems);
        return next();
    }
}
