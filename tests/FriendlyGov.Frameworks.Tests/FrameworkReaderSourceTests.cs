using FriendlyGov.Domain.Criteria.Sources;
using FriendlyGov.Frameworks.Tests.Support;

namespace FriendlyGov.Frameworks.Tests;

/// <summary>An indicator's <c>source</c>: read, checked against its method, written back.</summary>
public sealed class FrameworkReaderSourceTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string RatioWith(string source) => $$"""
        { "id": "G1.1.1", "title": { "vi": "Tỷ lệ", "en": "Ratio" }, "maxPoints": 5, "method": { "kind": "ratio", "floor": 0.5, "target": 1 }, "source": {{source}} }
        """;

    private static List<string> ProblemsOf(string path) =>
        FluentActions.Invoking(() => FrameworkReader.ReadFile(path)).Should().Throw<FriendlyGov.Domain.InvalidInputException>().Which.Lines.ToList();

    [Fact]
    public void Reads_an_indicator_source()
    {
        var path = _temp.Write("source.json", FrameworkJson.With(RatioWith("""{ "kind": "feedback", "measure": "satisfiedShare", "aspect": "official" }""")));

        FrameworkReader.ReadFile(path).Indicators.Single().DataSource.Should().Be(new DataSource("feedback", "satisfiedShare", "official"));
    }

    [Fact]
    public void Names_the_path_of_an_unknown_measure()
    {
        var path = _temp.Write("source.json", FrameworkJson.With(RatioWith("""{ "kind": "dossiers", "measure": "lost" }""")));

        ProblemsOf(path).Should().Equal(
            $"{path}: {FrameworkJson.IndicatorPath(0)}.source.measure: 'lost' is not a measure of dossiers; its measures are onTimeShare, onlineShare, overdue, resolvedLate");
    }

    [Fact]
    public void Names_the_path_of_a_source_that_cannot_feed_the_method()
    {
        var path = _temp.Write("source.json", FrameworkJson.With(RatioWith("""{ "kind": "sessions", "measure": "held" }""")));

        ProblemsOf(path).Should().Equal(
            $"{path}: {FrameworkJson.IndicatorPath(0)}.source.measure: 'sessions.held' measures a count, which feeds bands or deduction, not method 'ratio'");
    }

    [Fact]
    public void Refuses_an_unknown_property_of_a_source()
    {
        var path = _temp.Write("source.json", FrameworkJson.With(RatioWith("""{ "kind": "dossiers", "measure": "onTimeShare", "period": "2024" }""")));

        ProblemsOf(path).Should().ContainSingle().Which.Should().StartWith($"{path}: {FrameworkJson.IndicatorPath(0)}.source.period: ");
    }

    [Fact]
    public void Writes_the_source_back_as_it_was_read()
    {
        var path = _temp.Write("source.json", FrameworkJson.With(RatioWith("""{ "kind": "feedback", "measure": "satisfiedShare", "aspect": "official" }""")));
        var framework = FrameworkReader.ReadFile(path);

        var written = FrameworkWriter.Write(framework);

        System.Text.Encoding.UTF8.GetString(written).Should().Contain("\"source\": {").And.Contain("\"aspect\": \"official\"");
        FrameworkReader.Read(written, "written.json").Indicators.Single().DataSource.Should().Be(framework.Indicators.Single().DataSource);
    }
}
