using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Periods;

namespace FriendlyGov.Application.Rounds.Open;

/// <summary>Checks <see cref="OpenRound"/>'s fields.</summary>
/// <param name="options">Holds the row limit.</param>
internal sealed class OpenRoundValidator(FriendlyGovOptions options) : IRequestValidator<OpenRound>
{
    /// <inheritdoc />
    public IEnumerable<Problem> Validate(OpenRound request)
    {
        Guard.Against.Null(request);
        if (!FrameworkId.TryParse(request.Framework ?? string.Empty, out _))
            yield return new Problem("framework", $"'{request.Framework}' is not a framework name of the form id@version");
        if (!AssessmentPeriod.TryParse(request.Period ?? string.Empty, out _))
            yield return new Problem("period", $"'{request.Period}' is not a period: write 2024, 2024-H1, 2024-Q2 or 2024-05");
        if (string.IsNullOrWhiteSpace(request.Province)) yield return new Problem("province", "is required");
        if (request.UnitCodes is not { Count: > 0 }) yield return new Problem("unitCodes", "at least one unit is required");
        else if (RowLimit.Exceeded(options, "unitCodes", request.UnitCodes.Count) is { } tooMany) yield return tooMany;
        else if (request.UnitCodes.GroupBy(c => c, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            yield return new Problem("unitCodes", $"'{twice.Key}' is listed more than once");
        if (request.AppraisalDeadline < request.SelfAssessmentDeadline)
            yield return new Problem("appraisalDeadline", $"{request.AppraisalDeadline:uuuu-MM-dd} is before the self-assessment deadline {request.SelfAssessmentDeadline:uuuu-MM-dd}");
    }
}
