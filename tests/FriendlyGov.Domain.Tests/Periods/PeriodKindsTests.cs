using FriendlyGov.Domain.Periods;

namespace FriendlyGov.Domain.Tests.Periods;

public sealed class PeriodKindsTests
{
    [Theory]
    [InlineData(PeriodKind.Year, "year", "2024")]
    [InlineData(PeriodKind.HalfYear, "half-year", "2024-H1")]
    [InlineData(PeriodKind.Quarter, "quarter", "2024-Q2")]
    [InlineData(PeriodKind.Month, "month", "2024-05")]
    public void Writes_and_reads_each_kind_by_its_file_code(PeriodKind kind, string code, string example)
    {
        kind.ToCode().Should().Be(code);
        kind.Example().Should().Be(example);
        PeriodKinds.TryParse(code, out var read).Should().BeTrue();
        read.Should().Be(kind);
        AssessmentPeriod.Parse(example).Kind.Should().Be(kind);
    }

    [Theory]
    [InlineData("annual")]
    [InlineData("halfyear")]
    [InlineData("Month")]
    public void Does_not_read_an_unknown_code(string code)
    {
        PeriodKinds.TryParse(code, out _).Should().BeFalse();
    }
}
