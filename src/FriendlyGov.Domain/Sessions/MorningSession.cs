using System.Text;
using FriendlyGov.Domain.Conduct;
using NodaTime;

namespace FriendlyGov.Domain.Sessions;

/// <summary>
/// A "Morning with the People" session (Buổi sáng với nhân dân): the commune's leaders meet
/// residents on a given morning, hear the issues they raise and set a deadline for each.
/// </summary>
/// <remarks>
/// The chair is an official serving in the unit on the session's date; their role there
/// (head or not) is taken from that posting and kept, so that a later move does not change who
/// chaired. A unit holds at most one session a day.
/// </remarks>
public sealed class MorningSession : AggregateRoot
{
    private List<RaisedIssue> _issues = [];

    /// <summary>For stores that rebuild the aggregate from its columns.</summary>
    private MorningSession()
    {
        UnitCode = ChairCode = string.Empty;
    }

    private MorningSession(string unitCode, LocalDate heldOn, string chairCode, OfficialRole chairRole, int attendance)
    {
        UnitCode = unitCode;
        HeldOn = heldOn;
        ChairCode = chairCode;
        ChairRole = chairRole;
        Attendance = attendance;
    }

    /// <summary>The unit that held the session.</summary>
    public string UnitCode { get; }

    /// <summary>The date of the session, in Vietnam.</summary>
    public LocalDate HeldOn { get; }

    /// <summary>The code of the official who chaired it.</summary>
    public string ChairCode { get; }

    /// <summary>The chair's role in the unit on that date.</summary>
    public OfficialRole ChairRole { get; }

    /// <summary>Whether the head of government (người đứng đầu) chaired it.</summary>
    public bool ChairedByHead => ChairRole == OfficialRole.Head;

    /// <summary>How many people attended; 0 or more.</summary>
    public int Attendance { get; }

    /// <summary>The issues raised, numbered from 1 in the order raised.</summary>
    public IReadOnlyList<RaisedIssue> Issues => _issues;

    /// <summary>Records a session held in a unit.</summary>
    /// <param name="unitCode">The unit.</param>
    /// <param name="heldOn">The date of the session.</param>
    /// <param name="chair">The official who chaired it; they must have held a posting in <paramref name="unitCode"/> on <paramref name="heldOn"/>.</param>
    /// <param name="attendance">How many people attended; 0 or more.</param>
    /// <param name="issues">The issues raised, each with a summary and a deadline not before <paramref name="heldOn"/>.</param>
    /// <param name="by">Who records it.</param>
    /// <param name="at">When it is recorded.</param>
    /// <returns>The session.</returns>
    /// <exception cref="InvalidInputException">The chair did not serve in the unit that day, the attendance is negative, or an issue has no summary or a deadline before the session; paths are <c>chair</c>, <c>attendance</c> and <c>issues[i].summary</c> or <c>issues[i].deadline</c>.</exception>
    public static MorningSession Hold(string unitCode, LocalDate heldOn, Official chair, int attendance, IReadOnlyList<IssueToRaise> issues, string by, Instant at)
    {
        Guard.Against.NullOrWhiteSpace(unitCode);
        Guard.Against.Null(chair);
        Guard.Against.Null(issues);
        Guard.Against.NullOrWhiteSpace(by);
        var problems = new List<Problem>();
        var posting = chair.PostingOn(heldOn);
        if (posting is null || posting.UnitCode != unitCode)
            problems.Add(new Problem("chair", $"official {chair.Code} did not serve in unit {unitCode} on {heldOn:uuuu-MM-dd}"));
        if (attendance < 0) problems.Add(new Problem("attendance", $"{attendance} is negative: give 0 or more people"));
        for (var i = 0; i < issues.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(issues[i]?.Summary)) problems.Add(new Problem($"issues[{i}].summary", "is required"));
            if (issues[i] is { } issue && issue.Deadline < heldOn)
                problems.Add(new Problem($"issues[{i}].deadline", $"{issue.Deadline:uuuu-MM-dd} is before the session on {heldOn:uuuu-MM-dd}"));
        }

        InvalidInputException.ThrowIfAny(problems);
        var session = new MorningSession(unitCode, heldOn, chair.Code, posting!.Role, attendance);
        session._issues.AddRange(issues.Select((issue, i) => new RaisedIssue(i + 1, issue.Summary.Trim().Normalize(NormalizationForm.FormC), issue.Deadline)));
        session.Raise(new MorningSessionHeld(session.Id, unitCode, heldOn, chair.Code, session._issues.Count, by, at));
        return session;
    }

    /// <summary>Records that an issue was resolved.</summary>
    /// <param name="number">The issue's number, from 1.</param>
    /// <param name="on">The day it was resolved; not before the session.</param>
    /// <param name="by">Who records it.</param>
    /// <param name="at">When it is recorded.</param>
    /// <exception cref="InvalidInputException">There is no such issue, it is already resolved, or the date is before the session; paths are <c>number</c> and <c>on</c>.</exception>
    public void ResolveIssue(int number, LocalDate on, string by, Instant at)
    {
        Guard.Against.NullOrWhiteSpace(by);
        if (number < 1 || number > _issues.Count)
            throw new InvalidInputException([new Problem("number", $"the session of {HeldOn:uuuu-MM-dd} has no issue {number}; it has {_issues.Count}")]);
        var issue = _issues[number - 1];
        if (issue.ResolvedOn is { } resolved)
            throw new InvalidInputException([new Problem("number", $"issue {number} of the session of {HeldOn:uuuu-MM-dd} was already resolved on {resolved:uuuu-MM-dd}")]);
        if (on < HeldOn)
            throw new InvalidInputException([new Problem("on", $"{on:uuuu-MM-dd} is before the session on {HeldOn:uuuu-MM-dd}")]);
        _issues[number - 1] = issue with { ResolvedOn = on };
        Raise(new SessionIssueResolved(Id, number, on, by, at));
    }
}
