using FriendlyGov.Domain.Criteria;

namespace FriendlyGov.Frameworks;

/// <summary>
/// A round's published results (kết quả công bố), the <c>friendlygov.result/1</c> document: the
/// framework whole, each unit's evidence as counted and final scorecard, the ranking, the hashes and
/// who finalized when, so that anyone can score every unit again and check the ranking offline.
/// </summary>
/// <param name="RoundId">The round's id.</param>
/// <param name="Province">The province that ran the round.</param>
/// <param name="Period">The assessment period, as files write it: <c>2024</c>, <c>2024-Q2</c>.</param>
/// <param name="Framework">The framework every unit was scored on, with its code of conduct.</param>
/// <param name="FrameworkSha256">The SHA-256 of the framework's canonical JSON as the bundle states it
/// (<see cref="FrameworkWriter.WriteCanonical"/>); <see cref="ResultVerifier"/> recomputes it.</param>
/// <param name="Units">Each finalized unit, in unit-code order.</param>
/// <param name="Ranking">The ranking as published, best first.</param>
public sealed record ResultBundle(
    Guid RoundId,
    string Province,
    string Period,
    CriteriaFramework Framework,
    string FrameworkSha256,
    IReadOnlyList<PublishedUnit> Units,
    IReadOnlyList<PublishedRank> Ranking)
{
    /// <summary>The province's signature, when the bundle is signed; null otherwise.</summary>
    public ResultSignature? Signature { get; init; }

    /// <summary>A bundle whose framework hash is computed from <paramref name="framework"/>.</summary>
    /// <param name="roundId">The round's id.</param>
    /// <param name="province">The province.</param>
    /// <param name="period">The period, as files write it.</param>
    /// <param name="framework">The framework.</param>
    /// <param name="units">The finalized units.</param>
    /// <param name="ranking">The ranking, best first.</param>
    /// <returns>The unsigned bundle.</returns>
    public static ResultBundle Of(Guid roundId, string province, string period, CriteriaFramework framework, IReadOnlyList<PublishedUnit> units, IReadOnlyList<PublishedRank> ranking) =>
        new(roundId, province, period, Guard.Against.Null(framework), CountedEvidence.Sha256(FrameworkWriter.WriteCanonical(framework)), units, ranking);
}
