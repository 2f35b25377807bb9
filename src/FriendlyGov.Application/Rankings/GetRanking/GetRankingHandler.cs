using FriendlyGov.Application.Assessments;
using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Assessments.Specifications;
using FriendlyGov.Domain.Scoring;
using FriendlyGov.Domain.Units;
using FriendlyGov.Domain.Units.Specifications;

namespace FriendlyGov.Application.Rankings.GetRanking;

/// <summary>Handles <see cref="GetRanking"/>.</summary>
/// <param name="lookup">Finds the round.</param>
/// <param name="assessments">The assessments.</param>
/// <param name="units">The units, for their kinds.</param>
internal sealed class GetRankingHandler(AssessmentLookup lookup, IReadRepository<Assessment> assessments, IReadRepository<AdministrativeUnit> units)
    : IRequestHandler<GetRanking, IReadOnlyList<RankingRow>>
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<RankingRow>> Handle(GetRanking request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var round = await lookup.RoundAsync(request.RoundId, cancellationToken).ConfigureAwait(false);
        var assessed = await assessments.ListAsync(new FinalizedAssessmentsInRoundSpec(round.Id), cancellationToken).ConfigureAwait(false);
        var finals = assessed.Select(a => a.FinalScorecard!).ToList();
        if (finals.Count == 0) return [];

        // The unit each assessment names: its code and first day, since a code may name several units over time.
        var forms = (await units.ListAsync(new UnitsByCodeSpec([.. assessed.Select(a => a.UnitCode)]), cancellationToken).ConfigureAwait(false))
            .ToDictionary(u => (u.Code, u.ExistedFrom));
        var kinds = assessed
            .Where(a => forms.ContainsKey((a.UnitCode, a.UnitExistedFrom)))
            .ToDictionary(a => a.UnitCode, a => forms[(a.UnitCode, a.UnitExistedFrom)].Kind, StringComparer.Ordinal);
        var rows = finals
            .Select(s => (Snapshot: s, Kind: kinds.TryGetValue(s.UnitCode, out var kind)
                ? kind
                : throw new InvalidOperationException($"Unit {s.UnitCode} of round {round.Id} is not registered.")))
            .Where(r => request.Kind is null || r.Kind == request.Kind)
            .ToList();
        return
        [
            .. CompetitionRanking.Rank(rows, r => r.Snapshot.RatingRank, r => r.Snapshot.Total, r => r.Snapshot.UnitCode)
                .Select(r => new RankingRow(r.Rank, r.Item.Snapshot.UnitCode, r.Item.Snapshot.UnitName, r.Item.Kind, r.Item.Snapshot.Total, r.Item.Snapshot.Rating)),
        ];
    }
}
