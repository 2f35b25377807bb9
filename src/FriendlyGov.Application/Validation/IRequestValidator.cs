using FriendlyGov.Domain;

namespace FriendlyGov.Application.Validation;

/// <summary>Checks a request's fields before it reaches its handler.</summary>
/// <typeparam name="TRequest">The request.</typeparam>
public interface IRequestValidator<in TRequest>
{
    /// <summary>Every problem with the request's fields; paths name the field, such as <c>UnitCode</c>.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The problems; empty when the request is valid.</returns>
    IEnumerable<Problem> Validate(TRequest request);
}
