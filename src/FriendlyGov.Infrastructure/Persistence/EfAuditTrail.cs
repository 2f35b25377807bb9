using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace FriendlyGov.Infrastructure.Persistence;

/// <summary>The audit trail in its append-only table, in the order written.</summary>
/// <param name="context">The scope's database context.</param>
public sealed class EfAuditTrail(FriendlyGovDbContext context) : IAuditTrail
{
    /// <inheritdoc />
    public void Append(AuditEntry entry) => context.AuditTrail.Add(Guard.Against.Null(entry));

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditEntry>> ListAsync(string subject, CancellationToken cancellationToken) =>
        await context.AuditTrail.AsNoTracking()
            .Where(e => e.Subject == subject)
            .OrderBy(e => e.Sequence)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditEntry>> ListAsync(IReadOnlyCollection<string> subjects, long afterSequence, int take, CancellationToken cancellationToken) =>
        await context.AuditTrail.AsNoTracking()
            .Where(e => e.Sequence > afterSequence && subjects.Contains(e.Subject))
            .OrderBy(e => e.Sequence)
            .Take(take)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
}
