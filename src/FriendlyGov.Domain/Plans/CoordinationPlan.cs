using System.Text;
using FriendlyGov.Domain.Periods;
using NodaTime;

namespace FriendlyGov.Domain.Plans;

/// <summary>
/// A coordination plan (kế hoạch phối hợp) between bodies of a province, such as the one the
/// Provincial Party Committee's Mass Mobilization Commission (Ban Dân vận Tỉnh ủy) and the Party
/// Delegation of the Provincial People's Committee (Ban cán sự đảng UBND tỉnh) of Đồng Nai signed
/// for 2024: its items, who leads and who coordinates each, their milestones and the progress
/// reported on them.
/// </summary>
/// <remarks>
/// Invariants: at least two parties, no two with the same code; item codes are unique in the
/// plan and milestone codes unique in their item; an item's lead is one of the parties and is not
/// among its coordinating bodies; every milestone falls due within the plan's period; a milestone
/// is completed at most once, on a day within the period and not after the day it is recorded;
/// progress updates are appended, never edited, each on a day from the period's start up to the
/// day it is recorded, with a percent complete, when given, from 0 to 100. A change that breaks
/// one fails with an <see cref="InvalidInputException"/> naming the request field, as its JSON names it (<c>itemId</c>,
/// <c>lead</c>, <c>due</c>, <c>on</c>, …), or a <see cref="DomainRuleException"/> for a
/// milestone already completed, and changes nothing.
/// </remarks>
public sealed class CoordinationPlan : AggregateRoot
{
    private List<PlanBody> _parties = [];
    private List<PlanItem> _items = [];

    /// <summary>For stores that rebuild the aggregate from its columns.</summary>
    private CoordinationPlan()
    {
        Province = Period = CreatedBy = string.Empty;
        Title = null!;
    }

    private CoordinationPlan(string province, LocalizedText title, AssessmentPeriod period, List<PlanBody> parties, string createdBy, Instant createdAt)
    {
        Province = province;
        Title = title;
        Period = period.ToString();
        _parties = parties;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    /// <summary>The province whose bodies signed the plan; NFC short name, such as <c>Đồng Nai</c>.</summary>
    public string Province { get; private set; }

    /// <summary>The plan's title.</summary>
    public LocalizedText Title { get; private set; }

    /// <summary>The period the plan covers, as written in files (<c>2024</c>, <c>2024-H2</c>, …).</summary>
    public string Period { get; private set; }

    /// <summary>The period the plan covers: milestones fall due within it, and updates report on days from its start.</summary>
    public AssessmentPeriod PlanPeriod => AssessmentPeriod.Parse(Period);

    /// <summary>The bodies that signed the plan, in the order given.</summary>
    public IReadOnlyList<PlanBody> Parties => _parties;

    /// <summary>The items, in the order added.</summary>
    public IReadOnlyList<PlanItem> Items => _items;

    /// <summary>Who drew the plan up (an actor's id).</summary>
    public string CreatedBy { get; private set; }

    /// <summary>When it was drawn up.</summary>
    public Instant CreatedAt { get; private set; }

    /// <summary>Draws up a plan with no items yet.</summary>
    /// <param name="province">The province; NFC-normalized and trimmed.</param>
    /// <param name="title">The plan's title.</param>
    /// <param name="period">The period it covers.</param>
    /// <param name="parties">The bodies that signed it: at least two, no code repeated.</param>
    /// <param name="by">Who draws it up.</param>
    /// <param name="at">When.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="InvalidInputException">Fewer than two parties, or a party's code repeated (field <c>parties</c>).</exception>
    public static CoordinationPlan Create(string province, LocalizedText title, AssessmentPeriod period, IEnumerable<PlanBody> parties, string by, Instant at)
    {
        Guard.Against.NullOrWhiteSpace(province);
        Guard.Against.Null(title);
        Guard.Against.Null(period);
        Guard.Against.NullOrWhiteSpace(by);
        var list = Guard.Against.Null(parties).ToList();
        var problems = new List<Problem>();
        if (list.Count < 2) problems.Add(new Problem("parties", $"a coordination plan is between at least two bodies, not {list.Count}"));
        if (Repeated(list.Select(p => p.Code)) is { } code) problems.Add(new Problem("parties", $"body {code} is listed more than once"));
        InvalidInputException.ThrowIfAny(problems);

        var plan = new CoordinationPlan(province.Trim().Normalize(NormalizationForm.FormC), title, period, list, by, at);
        plan.Raise(new PlanChanged(plan.Id, PlanChange.Created, null, null, by, at));
        return plan;
    }

    /// <summary>Draws up a plan from a template: its title, period, parties, items and milestones.</summary>
    /// <param name="province">The province.</param>
    /// <param name="template">The template, such as <see cref="BuiltInPlanTemplates.DongNaiGovernmentMassMobilization2024"/>.</param>
    /// <param name="by">Who draws it up.</param>
    /// <param name="at">When.</param>
    /// <returns>The plan, with no milestone completed and no update.</returns>
    public static CoordinationPlan FromTemplate(string province, CoordinationPlanTemplate template, string by, Instant at)
    {
        Guard.Against.Null(template);
        var plan = Create(province, template.Title, template.Period, template.Parties, by, at);
        foreach (var item in template.Items)
        {
            plan.AddItem(item.Id, item.Title, item.Lead, item.Coordinating, by, at);
            foreach (var milestone in item.Milestones) plan.AddMilestone(item.Id, milestone.Id, milestone.Title, milestone.Due, by, at);
        }

        return plan;
    }

    /// <summary>The item with a code.</summary>
    /// <param name="itemId">The item's code.</param>
    /// <returns>The item, or <see langword="null"/> when the plan has none with that code.</returns>
    public PlanItem? FindItem(string itemId) => _items.Find(i => i.Id == itemId);

    /// <summary>The body with a code: a party, or a body some item coordinates with.</summary>
    /// <param name="code">The body's code.</param>
    /// <returns>The body, or <see langword="null"/> when the plan names none with that code.</returns>
    public PlanBody? FindBody(string code) =>
        _parties.Find(p => p.Code == code) ?? _items.SelectMany(i => i.Coordinating).FirstOrDefault(b => b.Code == code);

    /// <summary>Adds an item with no milestone yet.</summary>
    /// <param name="itemId">The item's code; new in the plan.</param>
    /// <param name="title">What is to be done.</param>
    /// <param name="lead">The code of the leading body; one of the parties.</param>
    /// <param name="coordinating">The bodies that coordinate; not the lead, none repeated; may be empty.</param>
    /// <param name="by">Who adds it.</param>
    /// <param name="at">When.</param>
    /// <exception cref="InvalidInputException">The code has another form or is taken (<c>itemId</c>), the lead is not a party (<c>lead</c>), or a coordinating body is the lead or repeated (<c>coordinating</c>).</exception>
    public void AddItem(string itemId, LocalizedText title, string lead, IEnumerable<PlanBody> coordinating, string by, Instant at)
    {
        Guard.Against.Null(itemId);
        Guard.Against.Null(title);
        Guard.Against.Null(lead);
        Guard.Against.NullOrWhiteSpace(by);
        var bodies = Guard.Against.Null(coordinating).ToList();
        var problems = new List<Problem>();
        if (!PlanBody.IsCode(itemId)) problems.Add(new Problem("itemId", $"'{itemId}' is not an item code: use letters, digits and inner '-' or '.', such as 1 or CQTT"));
        else if (FindItem(itemId) is not null) problems.Add(new Problem("itemId", $"item {itemId} is already in the plan"));
        if (!_parties.Exists(p => p.Code == lead))
            problems.Add(new Problem("lead", $"'{lead}' is not a party to the plan: the lead is one of {string.Join(", ", _parties.Select(p => p.Code))}"));
        if (bodies.Exists(b => b.Code == lead)) problems.Add(new Problem("coordinating", $"{lead} leads the item and cannot also coordinate it"));
        if (Repeated(bodies.Select(b => b.Code)) is { } code) problems.Add(new Problem("coordinating", $"body {code} is listed more than once"));
        InvalidInputException.ThrowIfAny(problems);

        _items.Add(new PlanItem(itemId, title, lead, bodies, [], []));
        Raise(new PlanChanged(Id, PlanChange.ItemAdded, itemId, null, by, at));
    }

    /// <summary>Adds a milestone to an item.</summary>
    /// <param name="itemId">The item; in the plan.</param>
    /// <param name="milestoneId">The milestone's code; new in the item.</param>
    /// <param name="title">What must be done.</param>
    /// <param name="due">The last day to do it; within the plan's period.</param>
    /// <param name="by">Who adds it.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentException">The plan has no such item.</exception>
    /// <exception cref="InvalidInputException">The code has another form or is taken (<c>milestoneId</c>), or the due day is outside the period (<c>due</c>).</exception>
    public void AddMilestone(string itemId, string milestoneId, LocalizedText title, LocalDate due, string by, Instant at)
    {
        Guard.Against.Null(milestoneId);
        Guard.Against.Null(title);
        Guard.Against.NullOrWhiteSpace(by);
        var (index, item) = ItemAt(itemId);
        var problems = new List<Problem>();
        if (!PlanBody.IsCode(milestoneId)) problems.Add(new Problem("milestoneId", $"'{milestoneId}' is not a milestone code: use letters, digits and inner '-' or '.', such as M1"));
        else if (item.Milestones.Any(m => m.Id == milestoneId)) problems.Add(new Problem("milestoneId", $"item {itemId} already has milestone {milestoneId}"));
        var period = PlanPeriod;
        if (!period.Contains(due))
            problems.Add(new Problem("due", $"{due:uuuu-MM-dd} is outside the plan's period {period} ({period.Start:uuuu-MM-dd} to {period.End:uuuu-MM-dd})"));
        InvalidInputException.ThrowIfAny(problems);

        _items[index] = item with { Milestones = [.. item.Milestones, new PlanMilestone(milestoneId, title, due)] };
        Raise(new PlanChanged(Id, PlanChange.MilestoneAdded, itemId, milestoneId, by, at));
    }

    /// <summary>Records that a milestone was done on a day.</summary>
    /// <param name="itemId">The item; in the plan.</param>
    /// <param name="milestoneId">The milestone; in the item.</param>
    /// <param name="on">The day it was done; within the plan's period and not after the day of <paramref name="at"/> in Vietnam.</param>
    /// <param name="by">Who records it.</param>
    /// <param name="at">When it is recorded.</param>
    /// <exception cref="ArgumentException">The plan has no such item or milestone.</exception>
    /// <exception cref="DomainRuleException">The milestone was already completed (<see cref="DomainRules.MilestoneOnce"/>).</exception>
    /// <exception cref="InvalidInputException">The day is outside the period or still to come (<c>on</c>).</exception>
    public void CompleteMilestone(string itemId, string milestoneId, LocalDate on, string by, Instant at)
    {
        Guard.Against.NullOrWhiteSpace(by);
        var (index, item) = ItemAt(itemId);
        var position = item.Milestones.ToList().FindIndex(m => m.Id == milestoneId);
        if (position < 0) throw new ArgumentException($"Item {itemId} has no milestone {milestoneId}.", nameof(milestoneId));
        var milestone = item.Milestones[position];
        if (milestone.CompletedOn is { } done)
            throw new DomainRuleException(DomainRules.MilestoneOnce, $"Milestone {milestoneId} of item {itemId} was already completed on {done:uuuu-MM-dd}; a milestone is completed once.");
        var period = PlanPeriod;
        var problems = new List<Problem>();
        if (!period.Contains(on))
            problems.Add(new Problem("on", $"{on:uuuu-MM-dd} is outside the plan's period {period} ({period.Start:uuuu-MM-dd} to {period.End:uuuu-MM-dd})"));
        if (NotYet(on, at) is { } future) problems.Add(future);
        InvalidInputException.ThrowIfAny(problems);

        var milestones = item.Milestones.ToArray();
        milestones[position] = milestone with { CompletedOn = on, CompletedBy = by };
        _items[index] = item with { Milestones = milestones };
        Raise(new PlanChanged(Id, PlanChange.MilestoneCompleted, itemId, milestoneId, by, at));
    }

    /// <summary>Appends a progress update to an item.</summary>
    /// <param name="itemId">The item; in the plan.</param>
    /// <param name="on">The day it reports on; not before the plan's period starts nor after the day of <paramref name="at"/> in Vietnam.</param>
    /// <param name="note">What was done; not blank; trimmed and NFC-normalized.</param>
    /// <param name="percentComplete">How much of the item is done, 0 to 100, if known.</param>
    /// <param name="by">Who reports it.</param>
    /// <param name="at">When it is recorded.</param>
    /// <returns>The update as kept.</returns>
    /// <exception cref="ArgumentException">The plan has no such item.</exception>
    /// <exception cref="InvalidInputException">The day is before the period or still to come (<c>on</c>), the note is blank (<c>note</c>), or the percent is outside 0 to 100 (<c>percentComplete</c>).</exception>
    public ProgressUpdate RecordProgress(string itemId, LocalDate on, string note, int? percentComplete, string by, Instant at)
    {
        Guard.Against.NullOrWhiteSpace(by);
        var (index, item) = ItemAt(itemId);
        var period = PlanPeriod;
        var problems = new List<Problem>();
        if (on < period.Start) problems.Add(new Problem("on", $"{on:uuuu-MM-dd} is before the plan's period {period} starts on {period.Start:uuuu-MM-dd}"));
        if (NotYet(on, at) is { } future) problems.Add(future);
        if (string.IsNullOrWhiteSpace(note)) problems.Add(new Problem("note", "is required: say what was done"));
        if (percentComplete is < 0 or > 100) problems.Add(new Problem("percentComplete", $"{percentComplete} is outside [0, 100]"));
        InvalidInputException.ThrowIfAny(problems);

        var update = new ProgressUpdate(on, by, note.Trim().Normalize(NormalizationForm.FormC), percentComplete, at);
        _items[index] = item with { Updates = [.. item.Updates, update] };
        Raise(new PlanChanged(Id, PlanChange.ProgressRecorded, itemId, null, by, at));
        return update;
    }

    /// <summary>The milestones overdue on a day, by item in plan order, then by due day and code.</summary>
    /// <param name="date">The day, in Vietnam; usually today.</param>
    /// <returns>Each overdue milestone with its item.</returns>
    /// <seealso cref="PlanMilestone.IsOverdueOn"/>
    public IReadOnlyList<(PlanItem Item, PlanMilestone Milestone)> OverdueOn(LocalDate date) =>
        [.. _items.SelectMany(i => i.Milestones.Where(m => m.IsOverdueOn(date)).OrderBy(m => m.Due).ThenBy(m => m.Id, StringComparer.Ordinal).Select(m => (i, m)))];

    /// <summary>
    /// Where each body's share of the plan stands on a day: one row per party, in the order
    /// signed, then one per other coordinating body, in the order first named.
    /// </summary>
    /// <param name="date">The day, in Vietnam; usually today.</param>
    /// <returns>The rows.</returns>
    public IReadOnlyList<BodyProgress> ProgressOn(LocalDate date)
    {
        var bodies = _parties.Concat(_items.SelectMany(i => i.Coordinating)).DistinctBy(b => b.Code).ToList();
        return [.. bodies.Select(body =>
        {
            var led = _items.Where(i => i.Lead == body.Code).ToList();
            var milestones = led.SelectMany(i => i.Milestones).ToList();
            return new BodyProgress(
                body,
                led.Count,
                _items.Count(i => i.Coordinating.Any(b => b.Code == body.Code)),
                milestones.Count,
                milestones.Count(m => m.Due <= date),
                milestones.Count(m => m.IsCompletedBy(date)),
                milestones.Count(m => m.IsOverdueOn(date)),
                [.. led.Select(i => new ItemProgress(
                    i.Id, i.Title, i.Milestones.Count, i.Milestones.Count(m => m.IsCompletedBy(date)), i.Milestones.Count(m => m.IsOverdueOn(date)), i.PercentCompleteOn(date)))]);
        })];
    }

    private (int Index, PlanItem Item) ItemAt(string itemId)
    {
        var index = _items.FindIndex(i => i.Id == itemId);
        return index < 0 ? throw new ArgumentException($"The plan has no item {itemId}.", nameof(itemId)) : (index, _items[index]);
    }

    private static Problem? NotYet(LocalDate on, Instant at)
    {
        var today = VietnamTime.DateAt(at);
        return on > today ? new Problem("on", $"{on:uuuu-MM-dd} is still to come: it is {today:uuuu-MM-dd} in Vietnam") : null;
    }

    private static string? Repeated(IEnumerable<string> codes) =>
        codes.GroupBy(c => c, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1)?.Key;
}
