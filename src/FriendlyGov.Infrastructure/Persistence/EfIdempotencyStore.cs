using System.Text.Json;
using FriendlyGov.Application.Ports;
using Microsoft.EntityFrameworkCore;

namespace FriendlyGov.Infrastructure.Persistence;

/// <summary>
/// Each command's result as JSON, under its request id, with who sent it, the request's name and
/// the hash of its content, committed with the command's change.
/// </summary>
/// <param name="context">The scope's database context.</param>
public sealed class EfIdempotencyStore(FriendlyGovDbContext context) : IIdempotencyStore
{
    /// <inheritdoc />
    /// <remarks>
    /// A record kept before the actor and content hash were remembered has both empty: it matches
    /// no request, so reusing its id is refused rather than answered with a result that may not be
    /// the sender's.
    /// </remarks>
    public async Task<(RequestFingerprint Request, TResponse Response)?> FindAsync<TResponse>(Guid requestId, CancellationToken cancellationToken)
    {
        var record = await ById.For(context)(context, requestId, cancellationToken).ConfigureAwait(false);
        if (record is null) return null;

        var fingerprint = new RequestFingerprint(record.Actor, record.Request, record.ContentHash);

        // A record of another result type belongs to another request; its fingerprint is enough to refuse it.
        return record.ResponseType == TypeName<TResponse>()
            ? (fingerprint, JsonSerializer.Deserialize<TResponse>(record.Response, JsonColumns.Options)!)
            : (fingerprint, default!);
    }

    /// <inheritdoc />
    public void Remember<TResponse>(Guid requestId, RequestFingerprint request, TResponse response)
    {
        Guard.Against.Null(request);
        context.IdempotencyRecords.Add(new IdempotencyRecord
        {
            RequestId = requestId,
            Actor = request.Actor,
            Request = request.Request,
            ContentHash = request.ContentHash,
            ResponseType = TypeName<TResponse>(),
            Response = JsonSerializer.Serialize(response, JsonColumns.Options),
        });
    }

    // Asked once per command, and almost always of an id never seen: compiled, untracked.
    private static readonly CompiledPerModel<Func<FriendlyGovDbContext, Guid, CancellationToken, Task<IdempotencyRecord?>>> ById =
        new(() => EF.CompileAsyncQuery((FriendlyGovDbContext db, Guid id, CancellationToken _) =>
            db.IdempotencyRecords.AsNoTracking().FirstOrDefault(r => r.RequestId == id)));

    private static string TypeName<TResponse>() => typeof(TResponse).FullName ?? typeof(TResponse).Name;
}
