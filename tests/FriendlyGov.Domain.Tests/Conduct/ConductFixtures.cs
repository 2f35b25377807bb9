using FriendlyGov.Domain;
using FriendlyGov.Domain.Conduct;
using NodaTime;

namespace FriendlyGov.Domain.Tests.Conduct;

/// <summary>A small code of conduct and officials for the conduct tests.</summary>
internal static class ConductFixtures
{
    public static readonly Instant Noon1May2024 = Instant.FromUtc(2024, 5, 1, 5, 0); // 12:00 in Hà Nội

    /// <summary>SMILE and 4X.1–4X.2 minor, 5K.1 serious, 5K.3 grave; default weights 1, 3, 10.</summary>
    public static ConductCode Code() => new(
        "test-code",
        "1",
        new LocalizedText("Bộ quy tắc thử", "Test code"),
        [
            new ConductRuleGroup("SMILE", new("Nụ cười công sở", "Office smile"), [new ConductRule("SMILE", new("Nụ cười công sở", "Office smile"), Severity.Minor)]),
            new ConductRuleGroup("4X", new("4 xin", "4 please"),
            [
                new ConductRule("4X.1", new("xin chào", "hello"), Severity.Minor),
                new ConductRule("4X.2", new("xin lỗi", "sorry"), Severity.Minor),
            ]),
            new ConductRuleGroup("5K", new("5 không", "5 no's"),
            [
                new ConductRule("5K.1", new("không cửa quyền", "no high-handedness"), Severity.Serious),
                new ConductRule("5K.3", new("không tham nhũng", "no corruption"), Severity.Grave),
            ]),
        ]);

    public static Official Staff(string code = "CB-001", string unit = "25996") =>
        new(code, "Cán bộ " + code, new Posting(unit, OfficialRole.Staff, new LocalDate(2020, 1, 1)));

    public static ConductObservation Report(
        ConductCode code, Official official, string rule, LocalDate on, string reference = "PA-1", Instant? at = null) =>
        ConductObservation.Report(code, official, rule, on, ObservationSource.CitizenReport, reference, "Người dân phản ánh", "supervisor-1", at ?? Noon1May2024);
}
