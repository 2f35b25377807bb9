using FriendlyGov.Domain;
using FriendlyGov.Domain.Periods;

namespace FriendlyGov.Application.Validation;

/// <summary>Checks a query about one unit over one period: a five-digit unit code and a period such as <c>2024</c> or <c>2024-Q2</c>.</summary>
/// <typeparam name="TRequest">The query.</typeparam>
/// <param name="unitCode">Reads the unit code.</param>
/// <param name="period">Reads the period.</param>
internal abstract class UnitPeriodValidator<TRequest>(Func<TRequest, string?> unitCode, Func<TRequest, string?> period)
    : UnitCodeValidator<TRequest>(unitCode), IRequestValidator<TRequest>
{
    /// <inheritdoc />
    IEnumerable<Problem> IRequestValidator<TRequest>.Validate(TRequest request)
    {
        foreach (var problem in Validate(request)) yield return problem;
        var text = period(request);
        if (!AssessmentPeriod.TryParse(text ?? string.Empty, out _))
            yield return new Problem("period", $"'{text}' is not a period: write 2024, 2024-H1, 2024-Q2 or 2024-05");
    }
}
