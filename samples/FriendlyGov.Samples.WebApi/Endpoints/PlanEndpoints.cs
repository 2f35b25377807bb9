using FriendlyGov.Application.Plans.AddMilestone;
using FriendlyGov.Application.Plans.AddPlanItem;
using FriendlyGov.Application.Plans.CompleteMilestone;
using FriendlyGov.Application.Plans.CreatePlan;
using FriendlyGov.Application.Plans.GetOverdueMilestones;
using FriendlyGov.Application.Plans.GetPlanProgress;
using FriendlyGov.Application.Plans.RecordProgress;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Plans;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using NodaTime.Text;
using static FriendlyGov.Samples.WebApi.Endpoints.EndpointConventions;

namespace FriendlyGov.Samples.WebApi.Endpoints;

/// <summary>Coordination plans between bodies of a province: drawing one up, its items and milestones, progress, and where it stands.</summary>
internal static class PlanEndpoints
{
    /// <summary>Maps the endpoints under <c>/plans</c>.</summary>
    /// <param name="app">The app's routes.</param>
    public static void MapPlans(this IEndpointRouteBuilder app)
    {
        var plans = app.MapGroup("/plans").WithTags("Plans");

        plans.MapPost("/", async (CreatePlanBody body, [FromHeader(Name = IdempotencyKey)] Guid? key, IMediator mediator) =>
                TypedResults.Ok(new PlanSaved(await mediator.Send(new CreatePlan(
                    RequestId(key), body.Province, body.Template, TextOf(body.Title, "title", nameof(CreatePlan)), body.Period, BodiesOf(body.Parties, "parties", nameof(CreatePlan)))))))
            .Sends<CreatePlan>("Draws up a coordination plan, empty or from a built-in template such as dongnai-dan-van-chinh-quyen-2024 (province administrator)");

        plans.MapPost("/{planId:guid}/items", async (Guid planId, AddPlanItemBody body, [FromHeader(Name = IdempotencyKey)] Guid? key, IMediator mediator) =>
                TypedResults.Ok(new PlanSaved(await mediator.Send(new AddPlanItem(
                    RequestId(key), planId, body.ItemId, TextOf(body.Title, "title", nameof(AddPlanItem))!, body.Lead, BodiesOf(body.Coordinating, "coordinating", nameof(AddPlanItem)))))))
            .Sends<AddPlanItem>("Adds an item to the plan with its leading body (a party) and coordinating bodies (province administrator)");

        plans.MapPost("/{planId:guid}/items/{itemId}/milestones", async (Guid planId, string itemId, AddMilestoneBody body, [FromHeader(Name = IdempotencyKey)] Guid? key, IMediator mediator) =>
                TypedResults.Ok(new PlanSaved(await mediator.Send(new AddMilestone(
                    RequestId(key), planId, itemId, body.MilestoneId, TextOf(body.Title, "title", nameof(AddMilestone))!, body.Due)))))
            .Sends<AddMilestone>("Adds a milestone due within the plan's period to an item (province administrator)");

        plans.MapPost("/{planId:guid}/items/{itemId}/milestones/{milestoneId}/completion", async (Guid planId, string itemId, string milestoneId, CompleteMilestoneBody body, [FromHeader(Name = IdempotencyKey)] Guid? key, IMediator mediator) =>
                TypedResults.Ok(new PlanSaved(await mediator.Send(new CompleteMilestone(RequestId(key), planId, itemId, milestoneId, body.On)))))
            .Sends<CompleteMilestone>("Records a milestone done on a day, once (province administrator)");

        plans.MapPost("/{planId:guid}/items/{itemId}/progress", async (Guid planId, string itemId, RecordProgressBody body, [FromHeader(Name = IdempotencyKey)] Guid? key, IMediator mediator) =>
                TypedResults.Ok(new ProgressRecorded(await mediator.Send(new RecordProgress(RequestId(key), planId, itemId, body.On, body.Note, body.PercentComplete)))))
            .Sends<RecordProgress>("Appends a progress update (day, note, percent done if known) to an item; updates are never edited (province administrator)");

        plans.MapGet("/{planId:guid}/overdue-milestones", async Task<Ok<IReadOnlyList<OverdueMilestone>>> (Guid planId, string? asOf, IMediator mediator) =>
                TypedResults.Ok(await mediator.Send(new GetOverdueMilestones(planId, DateOf(asOf, "asOf", nameof(GetOverdueMilestones))))))
            .Asks<GetOverdueMilestones>("The plan's milestones due before a day and not completed by it (?asOf=2024-10-01; today in Vietnam when left out)");

        plans.MapGet("/{planId:guid}/progress", async Task<Ok<PlanProgress>> (Guid planId, string? asOf, IMediator mediator) =>
                TypedResults.Ok(await mediator.Send(new GetPlanProgress(planId, DateOf(asOf, "asOf", nameof(GetPlanProgress))))))
            .Asks<GetPlanProgress>("Where the plan stands per body: items led and coordinated, milestones due, completed and overdue, latest percent per item (?asOf=2024-10-01)");
    }

    private static LocalizedText? TextOf(TextBody? text, string field, string request) =>
        text is null ? null
        : !string.IsNullOrWhiteSpace(text.Vi) && !string.IsNullOrWhiteSpace(text.En) ? new LocalizedText(text.Vi, text.En)
        : throw new ValidationException(request, [new Problem(field, "both vi and en are required")]);

    private static List<PlanBody>? BodiesOf(IReadOnlyList<PartyBody>? parties, string field, string request)
    {
        if (parties is null) return null;
        var problems = new List<Problem>();
        foreach (var (party, index) in parties.Select((p, i) => (p, i)))
        {
            if (!PlanBody.IsCode(party.Code ?? string.Empty))
                problems.Add(new Problem($"{field}[{index}].code", $"'{party.Code}' is not a code: use letters, digits and inner '-' or '.', such as BDV-TU"));
            if (party.Name is null || string.IsNullOrWhiteSpace(party.Name.Vi) || string.IsNullOrWhiteSpace(party.Name.En))
                problems.Add(new Problem($"{field}[{index}].name", "both vi and en are required"));
        }

        return problems.Count == 0
            ? [.. parties.Select(p => new PlanBody(p.Code, new LocalizedText(p.Name.Vi, p.Name.En)))]
            : throw new ValidationException(request, problems);
    }

    /// <summary>A text in Vietnamese and English.</summary>
    /// <param name="Vi">The Vietnamese text.</param>
    /// <param name="En">The English text.</param>
    internal sealed record TextBody(string Vi, string En);

    /// <summary>A body of the province taking part in a plan.</summary>
    /// <param name="Code">Its code, such as <c>BDV-TU</c>.</param>
    /// <param name="Name">Its name.</param>
    internal sealed record PartyBody(string Code, TextBody Name);

    /// <summary>A plan to draw up: a template, or a title, period and parties.</summary>
    /// <param name="Province">The province whose bodies sign it.</param>
    /// <param name="Template">A built-in template, such as <c>dongnai-dan-van-chinh-quyen-2024</c>; then leave out the rest.</param>
    /// <param name="Title">The title, without a template.</param>
    /// <param name="Period">The period, such as <c>2024</c>, without a template.</param>
    /// <param name="Parties">The bodies that sign it, at least two, without a template.</param>
    internal sealed record CreatePlanBody(string Province, string? Template = null, TextBody? Title = null, string? Period = null, IReadOnlyList<PartyBody>? Parties = null);

    /// <summary>An item to add.</summary>
    /// <param name="ItemId">Its code, new in the plan.</param>
    /// <param name="Title">What is to be done.</param>
    /// <param name="Lead">The code of the leading body, a party.</param>
    /// <param name="Coordinating">The coordinating bodies; none when left out.</param>
    internal sealed record AddPlanItemBody(string ItemId, TextBody Title, string Lead, IReadOnlyList<PartyBody>? Coordinating = null);

    /// <summary>A milestone to add.</summary>
    /// <param name="MilestoneId">Its code, new in the item, such as <c>M3</c>.</param>
    /// <param name="Title">What must be done.</param>
    /// <param name="Due">The last day to do it, within the plan's period.</param>
    internal sealed record AddMilestoneBody(string MilestoneId, TextBody Title, LocalDate Due);

    /// <summary>A milestone's completion.</summary>
    /// <param name="On">The day it was done.</param>
    internal sealed record CompleteMilestoneBody(LocalDate On);

    /// <summary>A progress update.</summary>
    /// <param name="On">The day it reports on.</param>
    /// <param name="Note">What was done.</param>
    /// <param name="PercentComplete">How much of the item is done, 0 to 100, if known.</param>
    internal sealed record RecordProgressBody(LocalDate On, string Note, int? PercentComplete = null);

    /// <summary>A plan was created or changed.</summary>
    /// <param name="PlanId">The plan.</param>
    internal sealed record PlanSaved(Guid PlanId);

    /// <summary>A progress update was appended.</summary>
    /// <param name="Updates">How many updates the item now has.</param>
    internal sealed record ProgressRecorded(int Updates);
}
