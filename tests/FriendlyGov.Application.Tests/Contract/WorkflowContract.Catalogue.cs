using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Units.Register;
using FriendlyGov.Domain.Units;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace FriendlyGov.Application.Tests.Contract;

public abstract partial class WorkflowContract
{
    /// <summary>
    /// Đồng Nai's units of 1 July 2025 from the built-in catalogue, in one request: 95 units
    /// (grep -c ',75,Đồng Nai$' vn-units-2025.csv), none registered before.
    /// </summary>
    [Fact]
    public async Task A_provinces_units_are_registered_from_the_catalogue_in_one_request()
    {
        var request = CatalogueRegistrations.ForProvince(Guid.NewGuid(), "Đồng Nai", new LocalDate(2025, 7, 1));

        var result = await SendAs(Actors.Administrator, request);

        result.Added.Should().HaveCount(95).And.Contain("26041");
        result.AlreadyRegistered.Should().BeEmpty();
        var tranBien = (await StoredUnits()).Single(u => u.Code == "26041");
        tranBien.Name.Should().Be("Phường Trấn Biên");
        tranBien.Kind.Should().Be(UnitKind.Ward);
        tranBien.ExistedFrom.Should().Be(new LocalDate(2025, 7, 1));
        tranBien.ExistedUntil.Should().BeNull();
        tranBien.District.Should().BeNull();
    }

    [Fact]
    public void A_province_the_catalogue_does_not_know_on_the_date_is_refused()
    {
        // Bình Phước joined Đồng Nai on 1 July 2025.
        var act = () => CatalogueRegistrations.ForProvince(Guid.NewGuid(), "Bình Phước", new LocalDate(2025, 7, 1));
        act.Should().Throw<ArgumentException>().WithMessage("No province 'Bình Phước' on 2025-07-01 in the 1 July 2025 catalogue.*");
    }

    private async Task<List<AdministrativeUnit>> StoredUnits()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IReadRepository<AdministrativeUnit>>().ListAsync(Cancel);
    }
}
