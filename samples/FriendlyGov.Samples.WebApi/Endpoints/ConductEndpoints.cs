using FriendlyGov.Application.Conduct.ConfirmObservation;
using FriendlyGov.Application.Conduct.DismissObservation;
using FriendlyGov.Application.Conduct.GetConductSummary;
using FriendlyGov.Application.Conduct.MoveOfficial;
using FriendlyGov.Application.Conduct.RecordObservation;
using FriendlyGov.Application.Conduct.RecordObservationsInBulk;
using FriendlyGov.Application.Conduct.RegisterOfficial;
using FriendlyGov.Application.Conduct.ReopenObservation;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Conduct;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using static FriendlyGov.Samples.WebApi.Endpoints.EndpointConventions;

namespace FriendlyGov.Samples.WebApi.Endpoints;

/// <summary>The code of conduct: officials, observations and their due process, and a province's summary.</summary>
internal static class ConductEndpoints
{
    /// <summary>Maps the endpoints under <c>/officials</c>, <c>/observations</c> and <c>/provinces</c>.</summary>
    /// <param name="app">The app's routes.</param>
    public static void MapConduct(this IEndpointRouteBuilder app)
    {
        var officials = app.MapGroup("/officials").WithTags("Officials");

        officials.MapPost("/", async (RegisterOfficialBody body, [FromHeader(Name = IdempotencyKey)] Guid? key, IMediator mediator) =>
                TypedResults.Ok(new OfficialSaved(await mediator.Send(new RegisterOfficial(RequestId(key), body.Code, body.DisplayName, body.UnitCode, body.Role, body.From)))))
            .Sends<RegisterOfficial>("Registers an official under a pseudonymous code, with a first posting in a unit (province administrator)");

        officials.MapPost("/{code}/moves", async (string code, MoveOfficialBody body, [FromHeader(Name = IdempotencyKey)] Guid? key, IMediator mediator) =>
                TypedResults.Ok(new OfficialSaved(await mediator.Send(new MoveOfficial(RequestId(key), code, body.UnitCode, body.Role, body.From)))))
            .Sends<MoveOfficial>("Moves an official to a new role or unit from a date (province administrator)");

        var observations = app.MapGroup("/observations").WithTags("Conduct");

        observations.MapPost("/", async (RecordObservationBody body, [FromHeader(Name = IdempotencyKey)] Guid? key, IMediator mediator) =>
                TypedResults.Ok(await mediator.Send(new RecordObservation(RequestId(key), body.OfficialCode, body.RuleId, body.On, body.Source, body.SourceReference, body.Account))))
            .Sends<RecordObservation>("Reports that an official may have broken a rule of the code of conduct");

        observations.MapPost("/batch", async (RecordObservationsInBulkBody body, [FromHeader(Name = IdempotencyKey)] Guid? key, IMediator mediator) =>
                TypedResults.Ok(await mediator.Send(new RecordObservationsInBulk(RequestId(key), body.Observations))))
            .SendsBulk<RecordObservationsInBulk>("Records many observations in one call, such as a year of citizen reports: all of them, or none");

        observations.MapPost("/{observationId:guid}/confirmation", async (Guid observationId, ReasonBody body, [FromHeader(Name = IdempotencyKey)] Guid? key, IMediator mediator) =>
                TypedResults.Ok(new ObservationStepped(await mediator.Send(new ConfirmObservation(RequestId(key), observationId, body.Reason)))))
            .Sends<ConfirmObservation>("Confirms a reported observation after verification: from now on it is a breach that counts");

        observations.MapPost("/{observationId:guid}/dismissal", async (Guid observationId, ReasonBody body, [FromHeader(Name = IdempotencyKey)] Guid? key, IMediator mediator) =>
                TypedResults.Ok(new ObservationStepped(await mediator.Send(new DismissObservation(RequestId(key), observationId, body.Reason)))))
            .Sends<DismissObservation>("Dismisses a reported observation: no breach");

        observations.MapPost("/{observationId:guid}/reopening", async (Guid observationId, ReasonBody body, [FromHeader(Name = IdempotencyKey)] Guid? key, IMediator mediator) =>
                TypedResults.Ok(new ObservationStepped(await mediator.Send(new ReopenObservation(RequestId(key), observationId, body.Reason)))))
            .Sends<ReopenObservation>("Reopens a confirmed or dismissed observation on appeal");

        app.MapGet("/provinces/{province}/conduct-summary", async Task<Ok<IReadOnlyList<ConductSummaryRow>>> (string province, string period, string grouping, int? overdueAfterDays, IMediator mediator) =>
                TypedResults.Ok(await mediator.Send(new GetConductSummary(province, period, GroupingOf(grouping), overdueAfterDays ?? 30))))
            .WithTags("Conduct")
            .Asks<GetConductSummary>("The conduct observations in the province's units for a period, compared with the period before (?period=2024&grouping=official|unit|ruleGroup|all)");
    }

    private static ConductGrouping GroupingOf(string name) =>
        Enum.TryParse<ConductGrouping>(name, ignoreCase: true, out var grouping) && Enum.IsDefined(grouping) && !int.TryParse(name, out _)
            ? grouping
            : throw new ValidationException(nameof(GetConductSummary), [new Problem("grouping", $"'{name}' is not one of official, unit, ruleGroup, all")]);

    /// <summary>An official to register.</summary>
    /// <param name="Code">The pseudonymous code, such as <c>CB-017</c>.</param>
    /// <param name="DisplayName">The name shown in reports.</param>
    /// <param name="UnitCode">The unit of the first posting.</param>
    /// <param name="Role"><c>head</c>, <c>deputy</c> or <c>staff</c>.</param>
    /// <param name="From">The first day of the posting.</param>
    internal sealed record RegisterOfficialBody(string Code, string DisplayName, string UnitCode, OfficialRole Role, LocalDate From);

    /// <summary>An official's new posting.</summary>
    /// <param name="UnitCode">The new posting's unit.</param>
    /// <param name="Role">The new role.</param>
    /// <param name="From">The first day of the new posting.</param>
    internal sealed record MoveOfficialBody(string UnitCode, OfficialRole Role, LocalDate From);

    /// <summary>An observation to report.</summary>
    /// <param name="OfficialCode">The official observed.</param>
    /// <param name="RuleId">The rule, such as <c>5K.3</c>.</param>
    /// <param name="On">The date of the behaviour.</param>
    /// <param name="Source"><c>citizenReport</c>, <c>supervisor</c>, <c>inspection</c> or <c>selfReport</c>.</param>
    /// <param name="SourceReference">The source's own reference, such as a report's number.</param>
    /// <param name="Account">What was observed.</param>
    internal sealed record RecordObservationBody(string OfficialCode, string RuleId, LocalDate On, ObservationSource Source, string SourceReference, string Account);

    /// <summary>Observations to record.</summary>
    /// <param name="Observations">The observations, at least one.</param>
    internal sealed record RecordObservationsInBulkBody(IReadOnlyList<ObservationInput> Observations);
}
