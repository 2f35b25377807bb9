using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Sessions;
using NodaTime;

namespace FriendlyGov.Domain.Tests.Sessions;

/// <summary>Phường Tân Phong's head (CB-001) and deputy (CB-002), serving since 2023, and a way to hold their sessions.</summary>
internal static class SessionFixtures
{
    public const string Unit = "25996";

    public static readonly Instant Recorded = Instant.FromUtc(2024, 4, 10, 2, 0);

    public static Official Head { get; } = new("CB-001", "Chủ tịch UBND phường", new Posting(Unit, OfficialRole.Head, new LocalDate(2023, 1, 1)));

    public static Official Deputy { get; } = new("CB-002", "Phó Chủ tịch UBND phường", new Posting(Unit, OfficialRole.Deputy, new LocalDate(2023, 1, 1)));

    public static MorningSession Hold(LocalDate heldOn, Official chair, int attendance, params (string Summary, LocalDate Deadline)[] issues) =>
        MorningSession.Hold(Unit, heldOn, chair, attendance, [.. issues.Select(i => new IssueToRaise(i.Summary, i.Deadline))], "officer-25996", Recorded);

    public static MorningSession Resolved(this MorningSession session, int number, LocalDate on)
    {
        session.ResolveIssue(number, on, "officer-25996", Recorded);
        return session;
    }
}
