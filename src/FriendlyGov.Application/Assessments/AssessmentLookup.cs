using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Assessments.Specifications;

namespace FriendlyGov.Application.Assessments;

/// <summary>Finds a round and the assessment of one of its units, for handlers and authorizers.</summary>
/// <param name="rounds">The rounds.</param>
/// <param name="assessments">The assessments.</param>
internal sealed class AssessmentLookup(IReadRepository<AssessmentRound> rounds, IReadRepository<Assessment> assessments)
{
    // One request's scope asks for its assessment twice, in its authorizer and in its handler;
    // the second answer is the first (a tracked read would hand back the same instances anyway).
    private readonly Dictionary<(Guid RoundId, string UnitCode), (AssessmentRound, Assessment)> _found = [];

    /// <summary>The round.</summary>
    /// <param name="roundId">Its id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The round.</returns>
    /// <exception cref="NotFoundException">There is no such round.</exception>
    public async Task<AssessmentRound> RoundAsync(Guid roundId, CancellationToken cancellationToken) =>
        await rounds.GetByIdAsync(roundId, cancellationToken).ConfigureAwait(false)
        ?? throw NoRound(roundId);

    /// <summary>The round, read untracked, for a request that only reads it (a ranking): nothing of it is kept for change tracking.</summary>
    /// <param name="roundId">Its id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The round, which no save writes back.</returns>
    /// <exception cref="NotFoundException">There is no such round.</exception>
    public async Task<AssessmentRound> RoundToReadAsync(Guid roundId, CancellationToken cancellationToken) =>
        await rounds.SingleOrDefaultAsync(new RoundToReadSpec(roundId), cancellationToken).ConfigureAwait(false)
        ?? throw NoRound(roundId);

    /// <summary>Whether the round exists, read without loading it.</summary>
    /// <param name="roundId">Its id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns><see langword="true"/> when there is such a round.</returns>
    public Task<bool> RoundExistsAsync(Guid roundId, CancellationToken cancellationToken) =>
        rounds.AnyAsync(new RoundToReadSpec(roundId), cancellationToken);

    /// <summary>The error for a round that does not exist: <c>There is no round {id}.</c></summary>
    /// <param name="roundId">The round's id.</param>
    /// <returns>The exception.</returns>
    public static NotFoundException NoRound(Guid roundId) => new($"There is no round {roundId}.");

    /// <summary>The round and the assessment of one of its units.</summary>
    /// <param name="roundId">The round's id.</param>
    /// <param name="unitCode">The unit.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>Both.</returns>
    /// <exception cref="NotFoundException">There is no such round, or the unit is not in it.</exception>
    public async Task<(AssessmentRound Round, Assessment Assessment)> AssessmentAsync(Guid roundId, string unitCode, CancellationToken cancellationToken)
    {
        if (_found.TryGetValue((roundId, unitCode), out var known)) return known;
        var round = await RoundAsync(roundId, cancellationToken).ConfigureAwait(false);
        var assessment = await assessments.FirstOrDefaultAsync(new AssessmentOfUnitInRoundSpec(roundId, unitCode), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException($"Unit {unitCode} is not assessed in round {roundId}.");
        return _found[(roundId, unitCode)] = (round, assessment);
    }
}
