using FriendlyGov.Application.Units.GetUnitHistory;
using FriendlyGov.Application.Units.Lineage;
using FriendlyGov.Application.Units.Register;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using static FriendlyGov.Samples.WebApi.Endpoints.EndpointConventions;

namespace FriendlyGov.Samples.WebApi.Endpoints;

/// <summary>Commune-level units: registering them and their lineage, and a unit's history across rounds.</summary>
internal static class UnitEndpoints
{
    /// <summary>Maps the endpoints under <c>/units</c>.</summary>
    /// <param name="app">The app's routes.</param>
    public static void MapUnits(this IEndpointRouteBuilder app)
    {
        var units = app.MapGroup("/units").WithTags("Units");

        units.MapPost("/", async (RegisterUnitsBody body, [FromHeader(Name = IdempotencyKey)] Guid? key, IMediator mediator) =>
                TypedResults.Ok(await mediator.Send(new RegisterUnits(RequestId(key), body.Units))))
            .SendsBulk<RegisterUnits>("Registers commune-level units of the administrator's province; units already registered (same code, same first day) are left as they are");

        units.MapPost("/lineage", async (RecordUnitLineageBody body, [FromHeader(Name = IdempotencyKey)] Guid? key, IMediator mediator) =>
                TypedResults.Ok(await mediator.Send(new RecordUnitLineage(RequestId(key), body.Links))))
            .SendsBulk<RecordUnitLineage>("Records which registered units became which, with the day and kind of each change; all or nothing");

        units.MapGet("/{unitCode}/history", async Task<Ok<UnitHistory>> (string unitCode, string? on, IMediator mediator) =>
                TypedResults.Ok(await mediator.Send(new GetUnitHistory(unitCode, DateOf(on, "on", nameof(GetUnitHistory))))))
            .Asks<GetUnitHistory>("The unit's final total and rating in each finalized round, oldest period first, with its predecessors' results and their baseline; ?on=DATE picks the unit a reused code means");
    }

    /// <summary>Units to register.</summary>
    /// <param name="Units">The units.</param>
    internal sealed record RegisterUnitsBody(IReadOnlyList<UnitRegistration> Units);

    /// <summary>Lineage rows to record.</summary>
    /// <param name="Links">The rows.</param>
    internal sealed record RecordUnitLineageBody(IReadOnlyList<UnitSuccession> Links);
}
