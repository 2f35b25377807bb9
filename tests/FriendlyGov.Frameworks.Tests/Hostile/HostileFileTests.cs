using System.Diagnostics;
using System.Text;
using FriendlyGov.Domain;
using FriendlyGov.Frameworks.Tests.Support;

namespace FriendlyGov.Frameworks.Tests.Hostile;

/// <summary>
/// Files written by mistake or to do harm: each is refused with <c>file: $.path: message</c> (an
/// <see cref="InvalidInputException"/>) or read as it means, in bounded time and memory, never a
/// crash or another exception.
/// </summary>
public sealed class HostileFileTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Evidence(string indicators = "{}", string extra = "") => EvidenceJson.With(indicators, extra: extra);

    private static IReadOnlyList<Problem> EvidenceProblems(string json) =>
        Invalid.Problems(() => EvidenceReader.Read(Encoding.UTF8.GetBytes(json), "e.json"));

    private IReadOnlyList<string> LoadProblems(string json) =>
        Invalid.Lines(() => new FrameworkLoader().LoadEvidence(_temp.Write("e.json", json)));

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        // 2,000 bytes against a limit of 1,000.
        var path = _temp.Write("big.json", new string(' ', 2000));

        var lines = Invalid.Lines(() => new FrameworkLoader(new JsonLimits { MaxBytes = 1000 }).LoadEvidence(path));

        lines.Should().Equal($"{path}: the document is 2,000 bytes; the most FriendlyGov reads is 1,000 bytes (JsonLimits.MaxBytes)");
    }

    [Fact]
    public void The_default_size_limit_is_10_MiB()
    {
        // 10 × 1024 × 1024 = 10,485,760 bytes.
        JsonLimits.Default.MaxBytes.Should().Be(10_485_760);
        new FrameworkLoader().Limits.Should().Be(JsonLimits.Default);
    }

    [Fact]
    public void A_file_one_byte_over_the_default_limit_is_refused()
    {
        var path = System.IO.Path.Combine(_temp.Path, "huge.json");
        using (var stream = File.Create(path)) stream.SetLength(JsonLimits.DefaultMaxBytes + 1);

        Invalid.Lines(() => FrameworkReader.ReadFile(path)).Should().Equal(
            $"{path}: the document is 10,485,761 bytes; the most FriendlyGov reads is 10,485,760 bytes (JsonLimits.MaxBytes)");
    }

    [Fact]
    public void A_device_that_never_ends_is_refused_without_reading_it()
    {
        // /dev/zero reports a length of 0 and never ends: only regular files are read (InputFile).
        Assert.SkipUnless(OperatingSystem.IsLinux(), "needs Linux's /dev/zero");

        Invalid.Lines(() => ConductCodeReader.ReadFile("/dev/zero", new JsonLimits { MaxBytes = 100_000 })).Should().Equal(
            "/dev/zero: is a character device, not a regular file; FriendlyGov reads regular files only");
    }

    [Fact]
    public void A_document_in_memory_over_the_size_limit_is_refused()
    {
        var bytes = Encoding.UTF8.GetBytes(Evidence());

        var problems = Invalid.Problems(() => EvidenceReader.Read(bytes, "e.json", new JsonLimits { MaxBytes = 10 }));

        problems.Should().Equal(new Problem("$", $"the document is {bytes.Length:N0} bytes; the most FriendlyGov reads is 10 bytes (JsonLimits.MaxBytes)"));
    }

    [Fact]
    public void Limits_must_be_positive()
    {
        FluentActions.Invoking(() => new JsonLimits { MaxBytes = 0 }).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new JsonLimits { MaxDepth = 0 }).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Ten_thousand_nested_arrays_are_refused_at_the_nesting_limit()
    {
        // Line 6 is `  "indicators": {}, "conduct": [[[…`: 31 characters, then the first '[' at column 32.
        // The document's object is level 1, so the 64th '[' (column 32 + 63 = 95) opens level 65.
        var json = Evidence(extra: ", \"conduct\": " + new string('[', 10_000) + new string(']', 10_000));

        EvidenceProblems(json).Should().Equal(
            new Problem("$", "arrays and objects are nested more than 64 levels deep at line 6, column 95 (JsonLimits.MaxDepth)"));
    }

    [Fact]
    public void The_nesting_limit_can_be_lowered()
    {
        // {"a":{"b":[1]}} is 3 levels deep: the object, the inner object, the array.
        var problems = Invalid.Problems(() => EvidenceReader.Read("""{"a":{"b":[1]}}"""u8.ToArray(), "e.json", new JsonLimits { MaxDepth = 2 }));

        problems.Should().ContainSingle().Which.Message.Should().StartWith("arrays and objects are nested more than 2 levels deep");
    }

    public static TheoryData<string> Readers => ["framework", "conduct", "disclosures", "fixture", "evidence"];

    /// <summary>Reads a file with the reader for <paramref name="reader"/>, under <paramref name="limits"/>.</summary>
    private static object ReadFile(string reader, string path, JsonLimits limits) => reader switch
    {
        "framework" => FrameworkReader.ReadFile(path, limits),
        "conduct" => ConductCodeReader.ReadFile(path, limits),
        "disclosures" => DisclosureCatalogueReader.ReadFile(path, limits),
        "fixture" => new FrameworkLoader(limits).LoadFixture(path),
        _ => new FrameworkLoader(limits).LoadEvidence(path),
    };

    [Theory]
    [MemberData(nameof(Readers))]
    public void Every_reader_keeps_to_the_nesting_limit(string reader)
    {
        // `{"format": ` is 11 bytes, so the first '[' is at column 12; the object is level 1, and
        // the 64th '[' (column 12 + 63 = 75) opens level 65.
        var path = _temp.Write("deep.json", "{\"format\": " + new string('[', 100) + new string(']', 100) + "}");

        Invalid.Lines(() => ReadFile(reader, path, JsonLimits.Default)).Should().Equal(
            $"{path}: $: arrays and objects are nested more than 64 levels deep at line 1, column 75 (JsonLimits.MaxDepth)");
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Every_reader_keeps_to_the_size_limit(string reader)
    {
        // `{"format": 1}` is 13 bytes, over a limit of 12.
        var path = _temp.Write("small.json", "{\"format\": 1}");

        Invalid.Lines(() => ReadFile(reader, path, new JsonLimits { MaxBytes = 12 })).Should().Equal(
            $"{path}: the document is 13 bytes; the most FriendlyGov reads is 12 bytes (JsonLimits.MaxBytes)");
    }

    [Fact]
    public void Duplicate_keys_are_refused_with_their_path()
    {
        var json = Evidence("""{ "G2.1.1": { "met": true, "met": false } }""");

        EvidenceProblems(json).Should().Contain(new Problem("$.indicators['G2.1.1'].met", "'met' is given more than once in this object"));
    }

    [Fact]
    public void Keys_that_differ_only_in_normalization_are_duplicates()
    {
        // "Hòa" precomposed (U+00F2) and decomposed (o + U+0300) are the same key after NFC.
        var json = "{ \"indicators\": { \"H\u00F2a\": {}, \"Ho\u0300a\": {} } }";

        var problems = Invalid.Problems(() => EvidenceReader.Read(Encoding.UTF8.GetBytes(json), "e.json"));

        problems.Should().Contain(p => p.Message == "'H\u00F2a' is given more than once in this object");
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    public void NaN_and_infinity_are_not_json(string literal)
    {
        var problems = EvidenceProblems(Evidence($$"""{ "G1.1.3": { "value": {{literal}} } }"""));

        // Line 6 is `  "indicators": { "G1.1.3": { "value": NaN…`.
        problems.Should().ContainSingle().Which.Message.Should().StartWith("not valid JSON at line 6, column 4");
    }

    [Fact]
    public void NaN_as_a_string_is_not_a_number()
    {
        EvidenceProblems(Evidence("""{ "G1.1.3": { "value": "NaN" } }"""))
            .Should().Equal(new Problem("$.indicators['G1.1.3'].value", "'NaN' is not a number"));
    }

    [Theory]
    [InlineData("1e30")]
    [InlineData("-1e30")]
    [InlineData("1e999999")]
    [InlineData("-1e999999")]
    [InlineData("79228162514264337593543950336")]
    public void Numbers_beyond_decimal_are_refused(string number)
    {
        // decimal holds at most 79,228,162,514,264,337,593,543,950,335 (about 7.9e28).
        EvidenceProblems(Evidence($$"""{ "G1.1.3": { "value": {{number}} } }"""))
            .Should().Equal(new Problem("$.indicators['G1.1.3'].value", $"{number} is beyond the range of numbers FriendlyGov holds exactly (decimal)"));
    }

    [Fact]
    public void A_tiny_exponent_reads_as_zero_and_is_scored_as_such()
    {
        // 1e-999999 is below decimal's smallest step (1e-28): it reads as 0, a valid value.
        var document = EvidenceReader.Read(Encoding.UTF8.GetBytes(Evidence("""{ "G1.1.3": { "value": 1e-999999 } }""")), "e.json");

        document.Evidence.SelfAssessed["G1.1.3"].Value.Should().Be(0m);
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_accepted()
    {
        // Notepad on Windows saves UTF-8 with EF BB BF in front; the document after it is read as usual.
        var path = System.IO.Path.Combine(_temp.Path, "bom.json");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Evidence())]);

        new FrameworkLoader().LoadEvidence(path).Evidence.Unit.Name.Should().Be("Phường Tân Phong");
    }

    [Fact]
    public void A_raw_control_character_in_a_string_is_not_json()
    {
        var problems = EvidenceProblems(Evidence().Replace("Phường Tân Phong", "Phường\u0001", StringComparison.Ordinal));

        problems.Should().ContainSingle().Which.Message.Should().StartWith("not valid JSON at line 5");
    }

    [Theory]
    [InlineData("\\u001b[2J", "U+001B")]
    [InlineData("\\u0000", "U+0000")]
    [InlineData("a\\nb", "U+000A")]
    [InlineData("\\u0085", "U+0085")]
    public void An_escaped_control_character_in_a_text_is_refused(string escaped, string code)
    {
        var json = Evidence().Replace("Phường Tân Phong", escaped, StringComparison.Ordinal);

        var problem = EvidenceProblems(json).Should().ContainSingle().Subject;

        problem.Path.Should().Be("$.unit.name");
        problem.Message.Should().EndWith($"holds the control character {code}; texts are printable characters only");
        problem.Message.Should().NotContain("\u001b").And.NotContain("\0");
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_refused_with_their_place()
    {
        // Line 5 is `  "unit": { "code": "25996", "name": "Phường…`: 2 spaces, `"unit": ` (8), `{ ` (2),
        // `"code": ` (8), `"25996", ` (9), `"name": ` (8), `"` (1) are 38 bytes, so the P is at column 39.
        var bytes = Encoding.UTF8.GetBytes(Evidence());
        var at = bytes.AsSpan().IndexOf("\"name\": \"P"u8) + "\"name\": \"".Length;
        bytes[at] = 0xFF;

        Invalid.Problems(() => EvidenceReader.Read(bytes, "e.json")).Should().Equal(
            new Problem("$", "not valid UTF-8 at line 5, column 39: FriendlyGov reads JSON files in UTF-8"));
    }

    [Theory]
    [InlineData("name", "\\ud800")]
    [InlineData("kind", "\\udc00x")]
    public void An_escape_that_is_not_text_is_refused_with_its_place(string field, string escape)
    {
        var json = field == "name"
            ? Evidence().Replace("Phường Tân Phong", escape, StringComparison.Ordinal)
            : Evidence("{ \"" + escape + "\": {} }");

        var problem = EvidenceProblems(json).Should().ContainSingle().Subject;

        problem.Path.Should().Be("$");
        problem.Message.Should().StartWith("the string at line").And.EndWith("holds an escape that is not text, such as \\ud800 without its pair");
    }

    [Fact]
    public void A_control_character_in_a_key_is_refused_and_printed_escaped()
    {
        var problems = EvidenceProblems(Evidence("""{ "G1\u001b[2J": { "met": true } }"""));

        problems.Should().Contain(new Problem("$.indicators['G1\\u001B[2J']", "the name holds the control character U+001B; names and texts are printable characters only"));
        problems.Should().OnlyContain(p => !p.Message.Contains('\u001b') && !p.Path.Contains('\u001b'));
    }

    [Fact]
    public void A_control_character_in_an_indicator_key_never_reaches_the_framework_check()
    {
        // Loading checks the entries against the framework too; the key is left out of that check.
        var lines = LoadProblems(Evidence("""{ "G1\u001b[2J": { "met": true } }"""));

        lines.Should().Equal($"{System.IO.Path.Combine(_temp.Path, "e.json")}: $.indicators['G1\\u001B[2J']: the name holds the control character U+001B; names and texts are printable characters only");
    }

    [Fact]
    public void Decomposed_vietnamese_is_read_as_precomposed()
    {
        // "Phường Tân" typed with combining marks: ư is u + U+031B (horn), ờ is o + U+031B + U+0300
        // (grave), â is a + U+0302 (circumflex).
        var nfd = "Phu\u031Bo\u031B\u0300ng Ta\u0302n Phong";
        var json = Evidence().Replace("Phường Tân Phong", nfd, StringComparison.Ordinal);

        var name = EvidenceReader.Read(Encoding.UTF8.GetBytes(json), "e.json").Evidence.Unit.Name;

        name.Should().Be("Phường Tân Phong");
        name.IsNormalized(NormalizationForm.FormC).Should().BeTrue();
    }

    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("2023-02-29")]
    [InlineData("2024-13-01")]
    [InlineData("2024-5-2")]
    public void An_invalid_date_is_refused(string date)
    {
        var conduct = $$""", "conduct": [ { "rule": "5K.3", "official": "CB-017", "role": "head", "status": "confirmed", "on": "{{date}}" } ]""";

        EvidenceProblems(Evidence(extra: conduct)).Should().Equal(
            new Problem("$.conduct[0].on", $"'{date}' is not a date: write it as 2024-05-02"));
    }

    [Fact]
    public void A_long_string_is_shortened_in_messages()
    {
        // A 100,000-character kind: the message shows its first 80 characters and an ellipsis.
        var json = Evidence().Replace("\"kind\": \"phuong\"", $"\"kind\": {{\"x\": \"{new string('a', 100_000)}\"}}", StringComparison.Ordinal);

        var problems = EvidenceProblems(json);

        problems.Should().ContainSingle().Which.Message.Length.Should().BeLessThan(200);
    }

    [Fact]
    public void Evidence_for_100000_unknown_indicators_is_refused_quickly()
    {
        // About 3 MB: under the size limit, so every entry is read and checked against the framework.
        var indicators = "{" + string.Join(",", Enumerable.Range(0, 100_000).Select(i => $"\"X{i}\":{{\"met\":true}}")) + "}";
        var watch = Stopwatch.StartNew();

        var lines = LoadProblems(Evidence(indicators));

        watch.Stop();
        lines.Should().HaveCount(100_000);
        lines[0].Should().EndWith("$.indicators['X0']: 'X0' is not an indicator of dongnai-friendly-government@2024.1");
        // Not a timing test of speed, a guard against quadratic work: that would take minutes.
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void A_framework_with_100000_indicators_is_read_in_bounded_time()
    {
        var indicators = string.Join(",", Enumerable.Range(0, 100_000).Select(i =>
            $$$"""{"id":"I{{{i}}}","title":{"vi":"v","en":"e"},"maxPoints":1,"method":{"kind":"check"}}"""));
        var json = FrameworkJson.With(indicators, ratings: """[{ "code": "all", "title": { "vi": "v", "en": "e" }, "minPoints": 0 }]""");
        var watch = Stopwatch.StartNew();

        var framework = FrameworkReader.Read(Encoding.UTF8.GetBytes(json), "f.json");

        watch.Stop();
        // 100,000 indicators worth 1 each.
        framework.MaxPoints.Should().Be(100_000m);
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30));
    }
}
