using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;

namespace FriendlyGov.Application.Assessments.Appeal;

/// <summary>Checks <see cref="FileAppeal"/>: the unit and the appeal's reason are given.</summary>
internal sealed class FileAppealValidator : IRequestValidator<FileAppeal>
{
    /// <inheritdoc />
    public IEnumerable<Problem> Validate(FileAppeal request)
    {
        Guard.Against.Null(request);
        if (string.IsNullOrWhiteSpace(request.UnitCode)) yield return new Problem("unitCode", "is required");
        if (string.IsNullOrWhiteSpace(request.Reason)) yield return new Problem("reason", "is required: an appeal reopens an assessment only with its grounds");
    }
}
