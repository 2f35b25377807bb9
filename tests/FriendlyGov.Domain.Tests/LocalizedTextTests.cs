using System.Text;

namespace FriendlyGov.Domain.Tests;

public sealed class LocalizedTextTests
{
    [Fact]
    public void Equals_the_same_text_typed_decomposed()
    {
        // "Phú Hòa" composed, and decomposed as u + acute and o + grave
        var composed = new LocalizedText("Ph\u00fa H\u00f2a", "Phu Hoa");
        var decomposed = new LocalizedText("Phu\u0301 Ho\u0300a", "Phu Hoa");

        decomposed.Should().Be(composed);
        decomposed.Vi.Should().Be("Ph\u00fa H\u00f2a");
        decomposed.Vi.IsNormalized(NormalizationForm.FormC).Should().BeTrue();
    }

    [Fact]
    public void Normalizes_the_english_text_too()
    {
        new LocalizedText("cà phê", "cafe\u0301").En.Should().Be("caf\u00e9");
    }

    [Theory]
    [InlineData("", "text")]
    [InlineData("văn bản", " ")]
    public void Needs_both_languages(string vi, string en)
    {
        FluentActions.Invoking(() => new LocalizedText(vi, en)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Reads_vietnamese_first_then_english()
    {
        new LocalizedText("Tốt", "good").ToString().Should().Be("Tốt (good)");
    }
}
