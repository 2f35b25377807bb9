using System.Text;
using NodaTime;

namespace FriendlyGov.Domain.Conduct;

/// <summary>
/// An observation that an official may have broken a conduct rule, and its due process:
/// <c>reported</c> → <c>confirmed</c> or <c>dismissed</c> (each with who, when and a reason),
/// reopened on appeal, with every step kept.
/// </summary>
/// <remarks>
/// Only confirmed observations are breaches that count in scoring. The unit is the one where the
/// official held a posting on the observation's date, so a breach stays with that unit after the
/// official moves. An official never confirms an observation about themselves.
/// </remarks>
public sealed class ConductObservation : AggregateRoot
{
    private List<ObservationStep> _history = [];

    /// <summary>For stores that rebuild the aggregate from its columns.</summary>
    private ConductObservation()
    {
        Key = null!;
        UnitCode = Account = string.Empty;
    }

    private ConductObservation(ObservationKey key, string unitCode, OfficialRole role, ObservationSource source, string account)
    {
        Key = key;
        UnitCode = unitCode;
        Role = role;
        Source = source;
        Account = account;
    }

    /// <summary>What identifies the observation: official, rule, date and source reference.</summary>
    public ObservationKey Key { get; }

    /// <summary>The rule's id.</summary>
    public string RuleId => Key.RuleId;

    /// <summary>The official's code.</summary>
    public string OfficialCode => Key.OfficialCode;

    /// <summary>The date of the behaviour observed.</summary>
    public LocalDate On => Key.On;

    /// <summary>The unit where the official served on that date.</summary>
    public string UnitCode { get; }

    /// <summary>The official's role there on that date.</summary>
    public OfficialRole Role { get; }

    /// <summary>Where the observation came from.</summary>
    public ObservationSource Source { get; }

    /// <summary>The free-text account of what was observed, NFC.</summary>
    public string Account { get; }

    /// <summary>Where the observation stands now.</summary>
    public ObservationStatus Status => _history[^1].Status;

    /// <summary>Every step, oldest first; the first is the report.</summary>
    public IReadOnlyList<ObservationStep> History => _history;

    /// <summary>When the observation was first reported.</summary>
    public Instant ReportedAt => _history[0].At;

    /// <summary>Reports an observation about an official.</summary>
    /// <param name="code">The code of conduct; the rule must be one of its rules.</param>
    /// <param name="official">The official; they must have held a posting on <paramref name="on"/>.</param>
    /// <param name="ruleId">The rule.</param>
    /// <param name="on">The date of the behaviour.</param>
    /// <param name="source">Where the observation came from.</param>
    /// <param name="sourceReference">The source's own reference, such as a report's number.</param>
    /// <param name="account">What was observed.</param>
    /// <param name="by">Who records it.</param>
    /// <param name="at">When it is recorded.</param>
    /// <returns>The observation, <c>reported</c>.</returns>
    /// <exception cref="InvalidInputException">The rule is not in the code, or the official held no posting on that date.</exception>
    public static ConductObservation Report(
        ConductCode code, Official official, string ruleId, LocalDate on, ObservationSource source,
        string sourceReference, string account, string by, Instant at)
    {
        Guard.Against.Null(code);
        Guard.Against.Null(official);
        Guard.Against.NullOrWhiteSpace(ruleId);
        Guard.Against.NullOrWhiteSpace(sourceReference);
        Guard.Against.NullOrWhiteSpace(by);
        var knownRule = code.TryGetRule(ruleId, out _);
        var posting = official.PostingOn(on);
        if (!knownRule || posting is null)
        {
            // Only a refused report lists its problems: a bulk recording reports up to 100,000.
            var problems = new List<Problem>();
            if (!knownRule) problems.Add(new Problem("rule", code.NotARule(ruleId)));
            if (posting is null) problems.Add(new Problem("on", $"official {official.Code} held no posting on {on:uuuu-MM-dd}"));
            InvalidInputException.ThrowIfAny(problems);
        }

        var observation = new ConductObservation(
            new ObservationKey(official.Code, ruleId, on, sourceReference.Trim()),
            posting!.UnitCode,
            posting.Role,
            Guard.Against.EnumOutOfRange(source),
            Guard.Against.NullOrWhiteSpace(account).Trim().Normalize(NormalizationForm.FormC));
        observation._history.Add(new ObservationStep(ObservationStatus.Reported, by, at, observation.Account));
        observation.Raise(new ObservationStepTaken(observation.Id, official.Code, ruleId, ObservationStatus.Reported, by, at));
        return observation;
    }

    /// <summary>Confirms the breach after verification (xác minh): from now on it counts.</summary>
    /// <param name="by">Who confirms; never the official observed.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">The finding.</param>
    /// <exception cref="DomainRuleException">The observation is not <c>reported</c> (<see cref="DomainRules.ObservationDueProcess"/>), or <paramref name="by"/> is the official observed (<see cref="DomainRules.NoSelfConfirmation"/>).</exception>
    /// <exception cref="InvalidOperationException"><paramref name="at"/> comes before the previous step: the clock went back, a fault rather than a refusal.</exception>
    public void Confirm(string by, Instant at, string reason)
    {
        if (string.Equals(by, OfficialCode, StringComparison.Ordinal))
            throw new DomainRuleException(DomainRules.NoSelfConfirmation, $"Official {OfficialCode} cannot confirm an observation about themselves.");
        Decide(ObservationStatus.Confirmed, by, at, reason);
    }

    /// <summary>Dismisses the observation: no breach.</summary>
    /// <param name="by">Who dismisses it.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">Why it is dismissed.</param>
    /// <exception cref="DomainRuleException">The observation is not <c>reported</c> (<see cref="DomainRules.ObservationDueProcess"/>).</exception>
    /// <exception cref="InvalidOperationException"><paramref name="at"/> comes before the previous step: the clock went back, a fault rather than a refusal.</exception>
    public void Dismiss(string by, Instant at, string reason) => Decide(ObservationStatus.Dismissed, by, at, reason);

    /// <summary>Reopens a confirmed or dismissed observation on appeal; it is <c>reported</c> again.</summary>
    /// <param name="by">Who reopens it.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">The appeal's grounds.</param>
    /// <exception cref="DomainRuleException">The observation is still <c>reported</c> (<see cref="DomainRules.ObservationDueProcess"/>).</exception>
    /// <exception cref="InvalidOperationException"><paramref name="at"/> comes before the previous step: the clock went back, a fault rather than a refusal.</exception>
    public void Reopen(string by, Instant at, string reason)
    {
        if (Status == ObservationStatus.Reported)
            throw new DomainRuleException(DomainRules.ObservationDueProcess, $"The observation of {RuleId} by {OfficialCode} on {On:uuuu-MM-dd} is still reported; only a confirmed or dismissed one can be reopened.");
        Step(ObservationStatus.Reported, by, at, reason);
    }

    /// <summary>The observation as the scoring engine reads it.</summary>
    /// <returns>The breach record.</returns>
    public ConductBreach ToBreach() => new(RuleId, OfficialCode, Role, Status, On);

    private void Decide(ObservationStatus status, string by, Instant at, string reason)
    {
        if (Status != ObservationStatus.Reported)
            throw new DomainRuleException(DomainRules.ObservationDueProcess, $"The observation of {RuleId} by {OfficialCode} on {On:uuuu-MM-dd} is already {Status.ToCode()}; reopen it on appeal first.");
        Step(status, by, at, reason);
    }

    private void Step(ObservationStatus status, string by, Instant at, string reason)
    {
        Guard.Against.NullOrWhiteSpace(by);
        Guard.Against.NullOrWhiteSpace(reason);
        if (at < _history[^1].At)
            throw new InvalidOperationException($"A step at {at} cannot come before the previous one at {_history[^1].At}.");
        _history.Add(new ObservationStep(status, by, at, reason.Trim().Normalize(NormalizationForm.FormC)));
        Raise(new ObservationStepTaken(Id, OfficialCode, RuleId, status, by, at));
    }
}
