using System.Text.Json;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Criteria;
using FriendlyGov.Frameworks.Json;

namespace FriendlyGov.Frameworks;

/// <summary>Reads <c>friendlygov.fixture/1</c> documents.</summary>
internal static class FixtureReader
{
    public static Fixture Read(ReadOnlyMemory<byte> utf8, string document, string baseDirectory, string root, FrameworkLoader loader)
    {
        var problems = new List<Problem>();
        using var json = JsonInput.Parse(utf8, problems, loader.Limits);
        InvalidInputException.ThrowIfAny(problems, document);

        var o = ObjectReader.Over(json!.RootElement, JsonPath.Root, problems, "a fixture");
        FormatCheck.Expect(o, FormatNames.Fixture);
        var reference = o.String("framework");
        var description = o.String("description", required: false);
        var framework = reference is null ? null : loader.Resolve(reference, baseDirectory, root, o.PathOf("framework"), problems);
        var cases = new List<FixtureCase>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (element, path) in o.Array("cases", minItems: 1) ?? [])
        {
            var item = ReadCase(element, path, framework, (baseDirectory, root), loader, problems);
            if (item is null) continue;
            if (names.Add(item.Name)) cases.Add(item);
            else problems.Add(new Problem(path + ".name", $"{MessageText.Quote(item.Name)} is the name of an earlier case: case names are unique"));
        }

        o.Finish();
        InvalidInputException.ThrowIfAny(problems, document);
        return new Fixture(document, framework!, description, cases);
    }

    private static FixtureCase? ReadCase(JsonElement element, string path, CriteriaFramework? framework, (string Directory, string Root) from, FrameworkLoader loader, List<Problem> problems)
    {
        var o = ObjectReader.Over(element, path, problems, "a fixture case { \"name\", \"evidence\", \"expect\" }");
        var name = o.String("name");
        var expect = o.Object("expect", "an expectation") is { } e ? ReadExpectation(e, problems) : null;
        var evidenceElement = o.Element("evidence", required: true);
        o.Finish();
        if (name is null || expect is null || evidenceElement is null || framework is null) return null;

        // The evidence's own problems are the case's outcome, not the file's: a case may expect them.
        var caseProblems = new List<Problem>();
        var evidencePath = o.PathOf("evidence");
        var parts = EvidenceReader.Read(evidenceElement.Value, evidencePath, caseProblems, standalone: false);
        if (parts.Framework is { } named)
        {
            var other = loader.Resolve(named, from.Directory, from.Root, evidencePath + ".framework", caseProblems);
            if (other is not null && other.Id != framework.Id)
                caseProblems.Add(new Problem(evidencePath + ".framework", $"{MessageText.Quote(named)} is {other.Id}, not the fixture's framework {framework.Id}"));
        }

        caseProblems.AddRange(parts.CheckAgainst(loader.EngineFor(framework)).Select(p => p.Under(evidencePath)));
        return new FixtureCase(name, path, caseProblems.Count == 0 ? parts.Document!.Evidence : null, caseProblems, expect);
    }

    private static FixtureExpectation? ReadExpectation(ObjectReader o, List<Problem> problems)
    {
        var count = problems.Count;
        if (o.Has("error"))
        {
            var error = o.String("error");
            o.Finish();
            if (problems.Count > count) return null;
            return new FixtureExpectation { Error = error };
        }

        var expectation = new FixtureExpectation
        {
            Total = o.Decimal("total", required: false),
            Rating = o.String("rating", required: false),
            Groups = Figures(o, "groups", problems),
            Criteria = Figures(o, "criteria", problems),
            Indicators = Figures(o, "indicators", problems),
            Bonus = o.Decimal("bonus", required: false),
            Caps = IdSet(o, "caps", problems),
            Missing = IdSet(o, "missing", problems),
        };
        o.Finish();
        return problems.Count > count ? null : expectation;
    }

    private static Dictionary<string, decimal> Figures(ObjectReader o, string name, List<Problem> problems)
    {
        var figures = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (id, element, path) in o.Map(name) ?? [])
        {
            if (ObjectReader.Values.Decimal(element, path, problems) is { } value) figures[id] = value;
        }

        return figures;
    }

    private static HashSet<string>? IdSet(ObjectReader o, string name, List<Problem> problems) =>
        o.Array(name, required: false) is { } items
            ? items.Select(i => ObjectReader.Values.String(i.Element, i.Path, problems)).OfType<string>().ToHashSet(StringComparer.Ordinal)
            : null;
}
