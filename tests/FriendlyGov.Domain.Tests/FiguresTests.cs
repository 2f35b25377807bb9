using System.Globalization;
using static FriendlyGov.Domain.Tests.Numbers;

namespace FriendlyGov.Domain.Tests;

public sealed class FiguresTests
{
    [Theory]
    [InlineData("15.00", "15")]
    [InlineData("4.50", "4.5")]
    [InlineData("4.78", "4.78")]
    [InlineData("-0.25", "-0.25")]
    [InlineData("0", "0")]
    [InlineData("0.125", "0.125")]
    [InlineData("1234567.5", "1234567.5")] // no group separators
    [InlineData("1000.000", "1000")] // only the decimals' zeros are dropped
    [InlineData("0.0500", "0.05")] // zeros between the point and the first digit stay
    [InlineData("-12.300", "-12.3")]
    public void Formats_with_a_point_and_no_trailing_zeros(string value, string text)
    {
        Figures.Format(D(value)).Should().Be(text);
    }

    [Fact]
    public void Formats_every_scale_as_the_custom_format_0_point_28_hashes_does()
    {
        // The documented form is what "0.############################" writes; Format writes it
        // without that format string, so compare the two over figures of every scale and sign.
        var random = new Random(2024);
        for (var i = 0; i < 20_000; i++)
        {
            var value = new decimal(random.Next(), random.Next(), random.Next(0, 1000), random.Next(2) == 0, (byte)random.Next(0, 29));
            if (i % 3 == 0) value = decimal.Round(value / 1_000_000_000_000_000_000m, random.Next(0, 6));
            var expected = value.ToString("0.############################", CultureInfo.InvariantCulture);
            if (expected == "-0") expected = "0";
            Figures.Format(value).Should().Be(expected, "for {0} (scale {1})", value, value.Scale);
            Figures.FormatVi(value).Should().Be(expected.Replace('.', ','));
            $"[{Figures.Text(value)}|{Figures.TextVi(value)}]".Should().Be($"[{expected}|{expected.Replace('.', ',')}]", "interpolated, a figure writes the same text");
        }
    }

    [Theory]
    [InlineData("-0.00", "0")]
    [InlineData("0.000", "0")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    [InlineData("-7.9228162514264337593543950335", "-7.9228162514264337593543950335")]
    public void Formats_the_extremes_of_decimal(string value, string text)
    {
        Figures.Format(D(value)).Should().Be(text);
    }

    [Theory]
    [InlineData("4.78", "4,78")]
    [InlineData("15.00", "15")]
    [InlineData("1234.5", "1234,5")]
    public void Formats_for_vietnamese_with_a_comma(string value, string text)
    {
        Figures.FormatVi(D(value)).Should().Be(text);
    }

    [Fact]
    public void Formats_the_same_whatever_the_current_culture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            // vi-VN writes 4,5 and groups thousands with a point: the invariant form must not change.
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("vi-VN");

            Figures.Format(1234.5m).Should().Be("1234.5");
            Figures.FormatVi(1234.5m).Should().Be("1234,5");
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Theory]
    [InlineData("0.125", 2, "0.13")] // half away from zero; banker's rounding would give 0.12
    [InlineData("-0.125", 2, "-0.13")]
    [InlineData("0.135", 2, "0.14")]
    [InlineData("0.124", 2, "0.12")]
    [InlineData("4.7777", 2, "4.78")]
    [InlineData("2.5", 0, "3")] // banker's rounding would give 2
    [InlineData("0.5", 0, "1")] // banker's rounding would give 0
    [InlineData("0.0625", 3, "0.063")] // banker's rounding would give 0.062
    public void Rounds_half_away_from_zero(string value, int decimals, string rounded)
    {
        Figures.Round(D(value), decimals).Should().Be(D(rounded));
    }

    [Fact]
    public void Cuts_a_long_quotient_at_six_decimals_with_an_ellipsis()
    {
        // 2/3 = 0.6666…, cut (not rounded) to 0.666666
        Figures.FormatApproximate(2m / 3m).Should().Be("0.666666…");
        // 0.1234567 cut to 0.123456, not rounded to 0.123457
        Figures.FormatApproximate(0.1234567m).Should().Be("0.123456…");
    }

    [Theory]
    [InlineData("0.5", "0.5")]
    [InlineData("4.777777", "4.777777")]
    [InlineData("4.7777770", "4.777777")]
    public void Writes_a_figure_of_at_most_six_decimals_in_full(string value, string text)
    {
        Figures.FormatApproximate(D(value)).Should().Be(text);
    }

    [Theory]
    [InlineData("3", true)]
    [InlineData("3.0", true)]
    [InlineData("-2", true)]
    [InlineData("3.5", false)]
    [InlineData("0.001", false)]
    public void Tells_whole_numbers(string value, bool whole)
    {
        Figures.IsWhole(D(value)).Should().Be(whole);
    }

    [Fact]
    public void Multiply_divide_takes_a_factor_below_1()
    {
        // Found by the scoring properties: an import indicator worth 0.5 on a scale of 479.
        // 0.5 × 321.36 = 160.68; 160.68 / 479 = 0.33544885177453027139874739039…, to decimal's 28 places.
        Figures.MultiplyDivide(0.5m, 321.36m, 479m).Should().Be(0.3354488517745302713987473904m);
    }
}
