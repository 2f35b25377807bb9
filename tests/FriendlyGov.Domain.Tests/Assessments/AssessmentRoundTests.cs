using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Periods;
using NodaTime;

namespace FriendlyGov.Domain.Tests.Assessments;

public sealed class AssessmentRoundTests
{
    private static readonly FrameworkId Framework = FrameworkId.Parse("dongnai-friendly-government@2024.1");

    [Fact]
    public void Refuses_no_unit_a_repeated_unit_and_deadlines_in_the_wrong_order()
    {
        var period = AssessmentPeriod.OfYear(2024);
        var at = Instant.FromUtc(2024, 1, 2, 0, 0);

        FluentActions.Invoking(() => new AssessmentRound(Framework, period, "Đồng Nai", [], new LocalDate(2024, 6, 30), new LocalDate(2024, 9, 30), false, "admin", at))
            .Should().Throw<ArgumentException>().WithMessage("A round needs at least one unit.*");
        FluentActions.Invoking(() => new AssessmentRound(Framework, period, "Đồng Nai", ["25996", "25996"], new LocalDate(2024, 6, 30), new LocalDate(2024, 9, 30), false, "admin", at))
            .Should().Throw<ArgumentException>().WithMessage("Unit 25996 is listed more than once.*");
        FluentActions.Invoking(() => new AssessmentRound(Framework, period, "Đồng Nai", ["25996"], new LocalDate(2024, 6, 30), new LocalDate(2024, 6, 29), false, "admin", at))
            .Should().Throw<ArgumentException>().WithMessage("The appraisal deadline 2024-06-29 is before the self-assessment deadline 2024-06-30.*");
    }

    [Fact]
    public void Reads_back_its_framework_and_period()
    {
        var round = new AssessmentRound(Framework, AssessmentPeriod.Of(PeriodKind.Quarter, 2024, 2), "Đồng Nai", ["25996"], new LocalDate(2024, 7, 15), new LocalDate(2024, 7, 31), false, "admin", Instant.FromUtc(2024, 4, 1, 0, 0));

        round.FrameworkId.Should().Be(Framework);
        round.AssessmentPeriod.Should().Be(AssessmentPeriod.Of(PeriodKind.Quarter, 2024, 2));
        round.Period.Should().Be("2024-Q2");
    }
}
