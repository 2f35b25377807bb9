using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Assessments.Specifications;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain;

namespace FriendlyGov.Application.Audit;

/// <summary>What the paged audit trail requests share: the page fields, their checks, and reading a page over rounds.</summary>
internal static class AuditTrailPaging
{
    /// <summary>The most entries one page holds.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>Checks the page fields.</summary>
    /// <param name="afterSequence">The sequence after which the page starts.</param>
    /// <param name="pageSize">The most entries the page holds.</param>
    /// <returns>The problems; empty when the fields are valid.</returns>
    public static IEnumerable<Problem> Validate(long afterSequence, int pageSize)
    {
        if (afterSequence < 0) yield return new Problem("afterSequence", $"{afterSequence} is negative: 0 starts at the first entry");
        if (pageSize is < 1 or > MaxPageSize) yield return new Problem("pageSize", $"{pageSize} is outside [1, {MaxPageSize}]");
    }

    /// <summary>
    /// The page of the entries about <paramref name="rounds"/>: each round's own entries
    /// (<c>round/{id}</c>) and those of every assessment in it (<c>assessment/{id}</c>).
    /// </summary>
    /// <param name="rounds">The rounds.</param>
    /// <param name="assessments">The assessments.</param>
    /// <param name="auditTrail">The audit trail.</param>
    /// <param name="afterSequence">The sequence after which the page starts.</param>
    /// <param name="pageSize">The most entries the page holds.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The page.</returns>
    public static async Task<AuditTrailPage> ReadRoundsAsync(
        IReadOnlyCollection<AssessmentRound> rounds,
        IReadRepository<Assessment> assessments,
        IAuditTrail auditTrail,
        long afterSequence,
        int pageSize,
        CancellationToken cancellationToken)
    {
        if (rounds.Count == 0) return new AuditTrailPage([], null);
        var assessmentIds = await assessments.ListAsync(new AssessmentIdsInRoundsSpec([.. rounds.Select(r => r.Id)]), cancellationToken).ConfigureAwait(false);
        string[] subjects = [.. rounds.Select(r => $"round/{r.Id}"), .. assessmentIds.Select(id => $"assessment/{id}")];

        // One more than the page, to know whether another page follows.
        var entries = await auditTrail.ListAsync(subjects, afterSequence, pageSize + 1, cancellationToken).ConfigureAwait(false);
        return entries.Count > pageSize
            ? new AuditTrailPage([.. entries.Take(pageSize)], entries[pageSize - 1].Sequence)
            : new AuditTrailPage(entries, null);
    }
}
