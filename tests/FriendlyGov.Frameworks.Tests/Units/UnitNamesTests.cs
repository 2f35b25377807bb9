using FriendlyGov.Frameworks.Units;

namespace FriendlyGov.Frameworks.Tests.Units;

/// <summary>The tone-placement rule of docs/design.md, "Names as people write them".</summary>
public sealed class UnitNamesTests
{
    [Theory]
    [InlineData("Hòa", "Hoà")]
    [InlineData("Thủy", "Thuỷ")]
    [InlineData("Khỏe", "Khoẻ")]
    [InlineData("Ủy", "Uỷ")]
    [InlineData("Xã Thanh Thủy", "xã thanh thuỷ")]
    [InlineData("Hóa", "Hoá")]
    [InlineData("Họa", "Hoạ")]
    [InlineData("Thụy", "Thuỵ")]
    [InlineData("Đồng Nai", "ĐỒNG NAI")]
    public void Two_placements_of_a_tone_mark_are_the_same_name(string left, string right)
    {
        UnitNames.Same(left, right).Should().BeTrue();
        UnitNames.Same(left.Normalize(System.Text.NormalizationForm.FormD), right).Should().BeTrue();
    }

    [Theory]
    [InlineData("Hòa", "Hóa")]
    [InlineData("Đồng Nai", "Dong Nai")]
    [InlineData("Hoàn", "Hòan")]
    [InlineData("Thủy", "Thuy")]
    public void Other_differences_make_different_names(string left, string right) =>
        UnitNames.Same(left, right).Should().BeFalse();

    [Fact]
    public void A_syllable_going_on_after_the_pair_is_left_as_it_is()
    {
        // "Nguyễn" ends in "yễn", not in "uy"; its key is its lower-case NFD form, unchanged.
        UnitNames.Key("Nguyễn").Should().Be("nguyễn".Normalize(System.Text.NormalizationForm.FormD));
    }
}
