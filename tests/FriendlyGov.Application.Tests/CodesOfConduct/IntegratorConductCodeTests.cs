using FriendlyGov.Application.Conduct.RecordObservation;
using FriendlyGov.Application.Conduct.RegisterOfficial;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Tests.Contract;
using FriendlyGov.Application.Tests.InMemory;
using FriendlyGov.Application.Units.Register;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Conduct;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace FriendlyGov.Application.Tests.CodesOfConduct;

/// <summary>
/// The code of conduct comes through the <see cref="IConductCodeCatalog"/> port, as frameworks come
/// through <see cref="IFrameworkCatalog"/>: an integrator's own catalog replaces the built-in one.
/// </summary>
public sealed class IntegratorConductCodeTests
{
    /// <summary>One group, DN, with one minor rule, DN.1, which no built-in code has.</summary>
    private static readonly ConductCode DongNaiCode = new(
        "dong-nai-conduct",
        "2025",
        new LocalizedText("Quy tắc ứng xử của tỉnh", "The province's code of conduct"),
        [new ConductRuleGroup("DN", new("Đồng Nai", "Đồng Nai"), [new ConductRule("DN.1", new("đúng giờ", "on time"), Severity.Minor)])]);

    [Fact]
    public async Task Observations_are_checked_and_recorded_against_the_code_of_the_apps_own_catalog()
    {
        await using var app = new InMemoryApp(o => o.ConductCode = "dong-nai-conduct", ports => ports.AddSingleton<IConductCodeCatalog>(new OneCodeCatalog(DongNaiCode)));

        await app.SendAs(Actors.Administrator, new RegisterUnits(Guid.NewGuid(), DongNai.Registrations));
        await app.SendAs(Actors.Administrator, new RegisterOfficial(Guid.NewGuid(), "CB-017", "Cán bộ CB-017", DongNai.TanPhong, OfficialRole.Head, new LocalDate(2023, 1, 1)));

        var recorded = await app.SendAs(Actors.Appraiser, new RecordObservation(Guid.NewGuid(), "CB-017", "DN.1", new LocalDate(2024, 4, 9), ObservationSource.Supervisor, "DN-2024-1", "Đến muộn"));
        var builtInRule = () => app.SendAs(Actors.Appraiser, new RecordObservation(Guid.NewGuid(), "CB-017", "4X.2", new LocalDate(2024, 4, 9), ObservationSource.Supervisor, "DN-2024-2", "Không xin lỗi"));

        recorded.IsNew.Should().BeTrue();
        (await builtInRule.Should().ThrowAsync<ValidationException>()).Which.Problems.Should().ContainSingle().Which.Path.Should().Be("ruleId");
    }

    private sealed class OneCodeCatalog(ConductCode only) : IConductCodeCatalog
    {
        public bool TryGet(string id, out ConductCode code)
        {
            code = only;
            return id == only.Id;
        }
    }
}
