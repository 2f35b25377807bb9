using FriendlyGov.Domain.Periods;
using NodaTime;

namespace FriendlyGov.Domain.Tests.Periods;

public sealed class AssessmentPeriodTests
{
    [Theory]
    [InlineData("2024", PeriodKind.Year, 2024, 1)]
    [InlineData("2024-H1", PeriodKind.HalfYear, 2024, 1)]
    [InlineData("2024-H2", PeriodKind.HalfYear, 2024, 2)]
    [InlineData("2024-Q2", PeriodKind.Quarter, 2024, 2)]
    [InlineData("2024-05", PeriodKind.Month, 2024, 5)]
    [InlineData("2025-12", PeriodKind.Month, 2025, 12)]
    [InlineData("1900", PeriodKind.Year, 1900, 1)]
    public void Reads_and_writes_each_form(string text, PeriodKind kind, int year, int number)
    {
        var period = AssessmentPeriod.Parse(text);

        period.Kind.Should().Be(kind);
        period.Year.Should().Be(year);
        period.Number.Should().Be(number);
        period.ToString().Should().Be(text);
        period.Should().Be(AssessmentPeriod.Of(kind, year, number));
    }

    [Theory]
    [InlineData("2024", "2024-01-01", "2024-12-31")]
    [InlineData("2024-H1", "2024-01-01", "2024-06-30")]
    [InlineData("2024-H2", "2024-07-01", "2024-12-31")]
    [InlineData("2024-Q1", "2024-01-01", "2024-03-31")]
    [InlineData("2024-Q2", "2024-04-01", "2024-06-30")]
    [InlineData("2024-Q4", "2024-10-01", "2024-12-31")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")] // 2024 is a leap year
    [InlineData("2023-02", "2023-02-01", "2023-02-28")]
    [InlineData("1900-02", "1900-02-01", "1900-02-28")] // 1900 is not: divisible by 100, not by 400
    [InlineData("2024-12", "2024-12-01", "2024-12-31")]
    public void Starts_and_ends_on_the_first_and_last_day(string text, string start, string end)
    {
        var period = AssessmentPeriod.Parse(text);

        period.Start.Should().Be(Date(start));
        period.End.Should().Be(Date(end));
    }

    [Theory]
    [InlineData("9999")]
    [InlineData("9999-H2")]
    [InlineData("9999-Q4")]
    [InlineData("9999-12")]
    public void Ends_on_the_last_day_of_the_last_supported_year(string text)
    {
        // Years up to 9999 are accepted, so their last period must have an end: 9999-12-31.
        AssessmentPeriod.Parse(text).End.Should().Be(new LocalDate(9999, 12, 31));
    }

    [Theory]
    [InlineData("2024-13")]
    [InlineData("2024-00")]
    [InlineData("2024-Q5")]
    [InlineData("2024-Q0")]
    [InlineData("2024-H3")]
    [InlineData("2024-H0")]
    [InlineData("24")]
    [InlineData("1899")]
    [InlineData("2024-5")]
    [InlineData("2024-q2")]
    [InlineData("2024-W01")]
    [InlineData(" 2024")]
    [InlineData("")]
    public void Rejects_other_forms(string text)
    {
        AssessmentPeriod.TryParse(text, out var period).Should().BeFalse();
        period.Should().BeNull();
        FluentActions.Invoking(() => AssessmentPeriod.Parse(text))
            .Should().Throw<FormatException>()
            .WithMessage($"'{text}' is not a period: write 2024, 2024-H1, 2024-Q2 or 2024-05.");
    }

    [Fact]
    public void Rejects_a_period_followed_by_a_line_break()
    {
        // The pattern ends in '$', which in .NET also matches before a final '\n'.
        AssessmentPeriod.TryParse("2024\n", out var period).Should().BeFalse();
        period.Should().BeNull();
    }

    [Theory]
    [InlineData("2024-04-01", true)] // first day
    [InlineData("2024-06-30", true)] // last day
    [InlineData("2024-05-15", true)]
    [InlineData("2024-03-31", false)] // the day before
    [InlineData("2024-07-01", false)] // the day after
    [InlineData("2023-05-15", false)] // the same day a year earlier
    public void Contains_the_dates_from_its_start_to_its_end(string date, bool contains)
    {
        AssessmentPeriod.Parse("2024-Q2").Contains(Date(date)).Should().Be(contains);
    }

    [Fact]
    public void Differs_from_a_period_of_another_kind_that_starts_the_same_day()
    {
        var quarter = AssessmentPeriod.Parse("2024-Q1");
        var month = AssessmentPeriod.Parse("2024-01");

        quarter.Start.Should().Be(month.Start);
        quarter.Should().NotBe(month);
    }

    [Theory]
    [InlineData(PeriodKind.Year, 2024, 2)]
    [InlineData(PeriodKind.HalfYear, 2024, 3)]
    [InlineData(PeriodKind.Quarter, 2024, 5)]
    [InlineData(PeriodKind.Month, 2024, 0)]
    [InlineData(PeriodKind.Month, 2024, 13)]
    [InlineData(PeriodKind.Year, 1899, 1)]
    [InlineData(PeriodKind.Year, 10000, 1)]
    public void Cannot_be_made_outside_its_year_or_kind(PeriodKind kind, int year, int number)
    {
        FluentActions.Invoking(() => AssessmentPeriod.Of(kind, year, number)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Makes_a_calendar_year()
    {
        AssessmentPeriod.OfYear(2024).Should().Be(AssessmentPeriod.Parse("2024"));
    }

    [Theory]
    [InlineData("2024", "2023")]
    [InlineData("2024-H2", "2024-H1")]
    [InlineData("2024-H1", "2023-H2")]
    [InlineData("2024-Q1", "2023-Q4")]
    [InlineData("2024-05", "2024-04")]
    [InlineData("2024-01", "2023-12")]
    public void Follows_the_period_of_the_same_kind_before_it(string period, string previous)
    {
        AssessmentPeriod.Parse(period).Previous().Should().Be(AssessmentPeriod.Parse(previous));
    }

    private static LocalDate Date(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
