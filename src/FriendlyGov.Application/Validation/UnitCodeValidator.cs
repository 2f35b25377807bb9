using FriendlyGov.Domain;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Application.Validation;

/// <summary>Checks a request that names one unit: its code is given and has five digits.</summary>
/// <typeparam name="TRequest">The request.</typeparam>
/// <param name="unitCode">Reads the request's unit code.</param>
internal abstract class UnitCodeValidator<TRequest>(Func<TRequest, string?> unitCode) : IRequestValidator<TRequest>
{
    /// <inheritdoc />
    public virtual IEnumerable<Problem> Validate(TRequest request)
    {
        Guard.Against.Null(request);
        var code = unitCode(request);
        if (string.IsNullOrWhiteSpace(code)) yield return new Problem("unitCode", "is required");
        else if (!AssessedUnit.IsUnitCode(code)) yield return UnitCodeField.NotAUnitCode("unitCode", code);
    }
}

/// <summary>The problem of a unit code that is not five digits, worded the same wherever a request names a unit.</summary>
internal static class UnitCodeField
{
    /// <summary>The problem.</summary>
    /// <param name="path">The field.</param>
    /// <param name="code">The code given.</param>
    /// <returns>The problem.</returns>
    public static Problem NotAUnitCode(string path, string? code) =>
        new(path, $"'{code}' is not a unit code: five digits, such as 25996");
}
