using FriendlyGov.Domain.Units;
using NodaTime;

namespace FriendlyGov.Domain.Tests.Units;

public sealed class AdministrativeUnitTests
{
    [Fact]
    public void Normalizes_names_to_NFC_and_knows_when_it_existed()
    {
        // "Hòa" typed decomposed: o + combining grave.
        var unit = new AdministrativeUnit("26005", UnitKind.Ward, "Phường Tân Ho\u0300a", "Đồng Nai", new LocalDate(2020, 1, 1), new LocalDate(2025, 6, 30), "Thành phố Biên Hòa");

        unit.Name.Should().Be("Phường Tân Hòa");
        unit.ExistedThroughout(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)).Should().BeTrue();
        unit.ExistedThroughout(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31)).Should().BeFalse();
        unit.ToAssessedUnit().Should().Be(new AssessedUnit("26005", "Phường Tân Hòa", UnitKind.Ward, "Đồng Nai"));
    }

    [Fact]
    public void Refuses_a_bad_code_and_reversed_dates()
    {
        FluentActions.Invoking(() => new AdministrativeUnit("2600", UnitKind.Ward, "Phường A", "Đồng Nai", new LocalDate(2020, 1, 1)))
            .Should().Throw<ArgumentException>().WithMessage("'2600' is not a unit code*");
        FluentActions.Invoking(() => new AdministrativeUnit("26005", UnitKind.Ward, "Phường A", "Đồng Nai", new LocalDate(2020, 1, 1), new LocalDate(2019, 12, 31)))
            .Should().Throw<ArgumentException>().WithMessage("Unit 26005 cannot end on 2019-12-31, before it began on 2020-01-01.*");
    }
}
