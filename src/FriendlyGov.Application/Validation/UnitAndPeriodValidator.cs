using FriendlyGov.Domain;
using FriendlyGov.Domain.Periods;

namespace FriendlyGov.Application.Validation;

/// <summary>Checks a request that names one unit and one period: five digits, and a period such as <c>2024-Q2</c>.</summary>
/// <typeparam name="TRequest">The request.</typeparam>
/// <param name="unitCode">Reads the request's unit code.</param>
/// <param name="period">Reads the request's period.</param>
internal abstract class UnitAndPeriodValidator<TRequest>(Func<TRequest, string?> unitCode, Func<TRequest, string?> period) : UnitCodeValidator<TRequest>(unitCode)
{
    /// <inheritdoc />
    public override IEnumerable<Problem> Validate(TRequest request)
    {
        foreach (var problem in base.Validate(request)) yield return problem;
        var text = period(request);
        if (!AssessmentPeriod.TryParse(text ?? string.Empty, out _))
            yield return new Problem("period", $"'{text}' is not a period: write 2024, 2024-H1, 2024-Q2 or 2024-05");
    }
}
