using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Application.Units.Lineage;

/// <summary>Checks <see cref="RecordUnitLineage"/>: at least one row, codes of five digits, a known kind, each row once.</summary>
/// <param name="options">Holds the row limit.</param>
internal sealed class RecordUnitLineageValidator(FriendlyGovOptions options) : IRequestValidator<RecordUnitLineage>
{
    /// <inheritdoc />
    public IEnumerable<Problem> Validate(RecordUnitLineage request)
    {
        Guard.Against.Null(request);
        if (request.Links is not { Count: > 0 })
        {
            yield return new Problem("links", "at least one row is required");
            yield break;
        }

        if (RowLimit.Exceeded(options, "Links", request.Links.Count) is { } tooMany)
        {
            yield return tooMany;
            yield break;
        }

        var seen = new HashSet<UnitSuccession>();
        for (var i = 0; i < request.Links.Count; i++)
        {
            var link = request.Links[i];
            var path = $"links[{i}]";
            if (!AssessedUnit.IsUnitCode(link.PredecessorCode ?? string.Empty)) yield return UnitCodeField.NotAUnitCode(path + ".predecessorCode", link.PredecessorCode);
            if (!AssessedUnit.IsUnitCode(link.SuccessorCode ?? string.Empty)) yield return UnitCodeField.NotAUnitCode(path + ".successorCode", link.SuccessorCode);
            if (!Enum.IsDefined(link.Kind)) yield return new Problem(path + ".kind", $"{(int)link.Kind} is not a kind of change");
            else if (!seen.Add(link with { Kind = UnitChangeKind.Merged })) yield return new Problem(path, $"{link.PredecessorCode} → {link.SuccessorCode} on {link.On:uuuu-MM-dd} is listed more than once");
        }
    }
}
