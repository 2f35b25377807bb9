using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Units;
using FriendlyGov.Domain.Units.Specifications;

namespace FriendlyGov.Application.Units.Lineage;

/// <summary>Handles <see cref="RecordUnitLineage"/>.</summary>
/// <param name="units">The units.</param>
/// <param name="audit">The audit entry's subject and summary.</param>
internal sealed class RecordUnitLineageHandler(IRepository<AdministrativeUnit> units, AuditContext audit) : IRequestHandler<RecordUnitLineage, int>
{
    /// <inheritdoc />
    /// <exception cref="ValidationException">A row names a unit not registered, or a predecessor that had not ended before its successor began.</exception>
    public async Task<int> Handle(RecordUnitLineage request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        string[] codes = [.. request.Links.SelectMany(l => new[] { l.PredecessorCode, l.SuccessorCode }).Distinct(StringComparer.Ordinal)];
        var forms = (await units.ListAsync(new UnitsByCodeSpec(codes), cancellationToken).ConfigureAwait(false)).ToLookup(u => u.Code, StringComparer.Ordinal);
        var problems = new List<Problem>();
        var changed = new HashSet<AdministrativeUnit>();
        for (var i = 0; i < request.Links.Count; i++)
        {
            var link = request.Links[i];
            var path = $"links[{i}]";
            var lastDay = link.On.PlusDays(-1);
            var predecessor = UnitLookup.On(forms[link.PredecessorCode], lastDay);
            var successor = UnitLookup.On(forms[link.SuccessorCode], link.On);
            if (predecessor is null) problems.Add(new Problem(path + ".predecessorCode", $"no unit {link.PredecessorCode} that existed on {lastDay:uuuu-MM-dd} is registered"));
            if (successor is null) problems.Add(new Problem(path + ".successorCode", $"no unit {link.SuccessorCode} that existed on {link.On:uuuu-MM-dd} is registered"));
            if (predecessor is null || successor is null) continue;
            try
            {
                AdministrativeUnit.RecordSuccession(predecessor, successor, link.Kind);
                changed.Add(predecessor);
                changed.Add(successor);
            }
            catch (InvalidInputException e)
            {
                problems.AddRange(e.Problems.Select(p => new Problem(path, p.Message)));
            }
        }

        if (problems.Count > 0) throw new ValidationException(nameof(RecordUnitLineage), problems);
        foreach (var unit in changed) await units.UpdateAsync(unit, cancellationToken).ConfigureAwait(false);
        audit.Record("units", $"recorded {request.Links.Count} lineage row(s): {string.Join(", ", request.Links.Select(l => $"{l.PredecessorCode} → {l.SuccessorCode} ({l.Kind}) on {l.On:uuuu-MM-dd}"))}");
        return request.Links.Count;
    }
}
