using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Periods;

namespace FriendlyGov.Application.Conduct.GetConductSummary;

/// <summary>Checks <see cref="GetConductSummary"/>: a province, a period, a grouping and a limit of days that is not negative.</summary>
internal sealed class GetConductSummaryValidator : IRequestValidator<GetConductSummary>
{
    /// <inheritdoc />
    public IEnumerable<Problem> Validate(GetConductSummary request)
    {
        Guard.Against.Null(request);
        if (string.IsNullOrWhiteSpace(request.Province)) yield return new Problem("province", "is required");
        if (!AssessmentPeriod.TryParse(request.Period ?? string.Empty, out var period))
            yield return new Problem("period", $"'{request.Period}' is not a period: write 2024, 2024-H1, 2024-Q2 or 2024-05");
        else if (period!.Year == 1900 && period.Number == 1)
            yield return new Problem("period", $"'{request.Period}' has no period before it to compare with: give a later period");
        if (!Enum.IsDefined(request.Grouping)) yield return new Problem("grouping", $"{(int)request.Grouping} is not a conduct grouping");
        if (request.OverdueAfterDays < 0) yield return new Problem("overdueAfterDays", $"{request.OverdueAfterDays} is negative: give 0 or more days");
    }
}
