using FriendlyGov.Domain.Criteria.Methods;
using FriendlyGov.Domain.Criteria.Sources;
using static FriendlyGov.Domain.Tests.Invalid;
using static FriendlyGov.Domain.Tests.TestFrameworks;

namespace FriendlyGov.Domain.Tests.Criteria;

public sealed class DataSourceTests
{
    [Theory]
    [InlineData("feedback", "satisfiedShare", "official", DataShape.Share)]
    [InlineData("feedback", "average", "office-smile", DataShape.Average)]
    [InlineData("feedback", "count", null, DataShape.Count)]
    [InlineData("sessions", "held", null, DataShape.Count)]
    [InlineData("sessions", "chairedByHeadShare", null, DataShape.Share)]
    [InlineData("disclosures", "allOnTime", null, DataShape.Met)]
    [InlineData("dossiers", "onlineShare", null, DataShape.Share)]
    [InlineData("conduct", "confirmed", null, DataShape.Count)]
    public void Knows_the_shape_of_each_measure(string kind, string measure, string? aspect, DataShape shape)
    {
        new DataSource(kind, measure, aspect).Shape.Should().Be(shape);
    }

    [Fact]
    public void Rejects_an_unknown_kind_naming_the_kinds()
    {
        ProblemsOf(() => new DataSource("weather", "rain")).Should().Equal(new Problem(
            "kind", "'weather' is not a kind of data source; the kinds are feedback, sessions, disclosures, dossiers, conduct"));
    }

    [Fact]
    public void Rejects_an_unknown_measure_naming_the_measures_of_its_kind()
    {
        ProblemsOf(() => new DataSource("dossiers", "lost")).Should().Equal(new Problem(
            "measure", "'lost' is not a measure of dossiers; its measures are onTimeShare, onlineShare, overdue, resolvedLate"));
    }

    [Fact]
    public void Requires_an_aspect_for_measures_taken_per_aspect()
    {
        ProblemsOf(() => new DataSource("feedback", "average")).Should().Equal(new Problem(
            "aspect", "feedback.average is taken per aspect: name one of access, procedure, official, result, feedback-handling, office-smile"));
    }

    [Fact]
    public void Rejects_an_unknown_aspect()
    {
        ProblemsOf(() => new DataSource("feedback", "average", "weather")).Should().Equal(new Problem(
            "aspect", "'weather' is not an aspect of feedback; the aspects are access, procedure, official, result, feedback-handling, office-smile"));
    }

    [Fact]
    public void Rejects_an_aspect_where_none_is_taken()
    {
        ProblemsOf(() => new DataSource("sessions", "held", "official")).Should().Equal(new Problem("aspect", "sessions.held takes no aspect"));
    }

    [Fact]
    public void Lets_an_indicator_take_a_source_that_fits_its_method()
    {
        var source = new DataSource("dossiers", "onTimeShare");

        new FriendlyGov.Domain.Criteria.Indicator("G3.1.1", Title("on time"), 8m, new RatioMethod(0.8m, 1m), dataSource: source)
            .DataSource.Should().Be(source);
    }

    [Fact]
    public void Refuses_an_indicator_whose_source_cannot_feed_its_method()
    {
        ProblemsOf(() => new FriendlyGov.Domain.Criteria.Indicator("G3.2.1", Title("sessions"), 5m, new CheckMethod(), dataSource: new DataSource("sessions", "held")))
            .Should().Equal(new Problem("source.measure", "'sessions.held' measures a count, which feeds bands or deduction, not method 'check'"));
    }

    [Fact]
    public void Is_written_with_its_aspect()
    {
        new DataSource("feedback", "satisfiedShare", "official").ToString().Should().Be("feedback.satisfiedShare (official)");
        new DataSource("dossiers", "overdue").ToString().Should().Be("dossiers.overdue");
    }
}
