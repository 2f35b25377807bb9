using System.Text;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Domain.Tests.Units;

public sealed class AssessedUnitTests
{
    // "Xã Hòa Bình" typed composed (NFC) and decomposed (NFD: a + tilde, o + grave, i + grave).
    private const string Composed = "X\u00e3 H\u00f2a B\u00ecnh";
    private const string Decomposed = "Xa\u0303 Ho\u0300a Bi\u0300nh";

    [Fact]
    public void Equals_the_same_unit_whose_name_was_typed_decomposed()
    {
        Composed.Should().NotBe(Decomposed, "the two spellings differ before normalization");

        var typedDecomposed = new AssessedUnit("26020", Decomposed, UnitKind.Commune);
        var typedComposed = new AssessedUnit("26020", Composed, UnitKind.Commune);

        typedDecomposed.Should().Be(typedComposed);
        typedDecomposed.Name.Should().Be(Composed);
        typedDecomposed.Name.IsNormalized(NormalizationForm.FormC).Should().BeTrue();
    }

    [Fact]
    public void Normalizes_the_province_and_trims_both_names()
    {
        // "Đồng Nai" typed decomposed: ồ as o + circumflex + grave
        var unit = new AssessedUnit("25996", "  Phường Tân Phong ", UnitKind.Ward, " \u0110o\u0302\u0300ng Nai ");

        unit.Name.Should().Be("Phường Tân Phong");
        unit.Province.Should().Be("Đồng Nai");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Has_no_province_when_none_is_given(string? province)
    {
        new AssessedUnit("25996", "Phường Tân Phong", UnitKind.Ward, province).Province.Should().BeNull();
    }

    [Fact]
    public void Keeps_the_leading_zeros_of_its_code()
    {
        new AssessedUnit("00004", "Phường Trúc Bạch", UnitKind.Ward).Code.Should().Be("00004");
    }

    [Theory]
    [InlineData("2599")]
    [InlineData("259960")]
    [InlineData("2599a")]
    [InlineData("")]
    [InlineData(" 25996")]
    [InlineData("２５９９６")] // full-width digits
    public void Rejects_a_code_that_is_not_five_digits(string code)
    {
        AssessedUnit.IsUnitCode(code).Should().BeFalse();
        FluentActions.Invoking(() => new AssessedUnit(code, "Phường Tân Phong", UnitKind.Ward))
            .Should().Throw<ArgumentException>()
            .WithMessage($"'{code}' is not a unit code: a unit code is five digits, such as 25996.*");
    }

    [Fact]
    public void Rejects_a_code_followed_by_a_line_break()
    {
        // The pattern ends in '$', which in .NET also matches before a final '\n'.
        AssessedUnit.IsUnitCode("25996\n").Should().BeFalse();
        FluentActions.Invoking(() => new AssessedUnit("25996\n", "Phường Tân Phong", UnitKind.Ward))
            .Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Rejects_a_blank_name(string name)
    {
        FluentActions.Invoking(() => new AssessedUnit("25996", name, UnitKind.Ward)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Differs_from_a_unit_with_another_code()
    {
        new AssessedUnit("25996", "Phường Tân Phong", UnitKind.Ward)
            .Should().NotBe(new AssessedUnit("25997", "Phường Tân Phong", UnitKind.Ward));
    }
}
