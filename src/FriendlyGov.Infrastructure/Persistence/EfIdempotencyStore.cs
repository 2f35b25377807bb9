using System.Text.Json;
using FriendlyGov.Application.Ports;

namespace FriendlyGov.Infrastructure.Persistence;

/// <summary>Each command's result as JSON, under its request id, committed with the command's change.</summary>
/// <param name="context">The scope's database context.</param>
public sealed class EfIdempotencyStore(FriendlyGovDbContext context) : IIdempotencyStore
{
    /// <inheritdoc />
    public async Task<(string Request, TResponse Response)?> FindAsync<TResponse>(Guid requestId, CancellationToken cancellationToken)
    {
        var record = await context.IdempotencyRecords.FindAsync([requestId], cancellationToken).ConfigureAwait(false);
        if (record is null) return null;

        // An id reused for another kind of command has another result type; its name is enough to refuse it.
        return record.ResponseType == TypeName<TResponse>()
            ? (record.Request, JsonSerializer.Deserialize<TResponse>(record.Response, JsonColumns.Options)!)
            : (record.Request, default!);
    }

    /// <inheritdoc />
    public void Remember<TResponse>(Guid requestId, string request, TResponse response) =>
        context.IdempotencyRecords.Add(new IdempotencyRecord
        {
            RequestId = requestId,
            Request = request,
            ResponseType = TypeName<TResponse>(),
            Response = JsonSerializer.Serialize(response, JsonColumns.Options),
        });

    private static string TypeName<TResponse>() => typeof(TResponse).FullName ?? typeof(TResponse).Name;
}
