using System.CommandLine;
using FriendlyGov.Cli.Output;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Scoring;
using FriendlyGov.Frameworks;
using FriendlyGov.Reporting;
using FriendlyGov.Testing;
using FriendlyGov.Workbooks;

namespace FriendlyGov.Cli;

/// <summary>
/// The <c>friendlygov</c> command line: frameworks, framework show/validate, conduct, score, report and verify.
/// Writes to the given writers so that tests can read what a user sees.
/// </summary>
/// <param name="output">Standard output.</param>
/// <param name="error">Standard error: one line per problem for unusable input.</param>
/// <param name="width">The width tables are laid out for.</param>
internal sealed class FriendlyGovCli(TextWriter output, TextWriter error, int width = 120)
{
    /// <summary>The longest line of a message, in characters: values in it are cut far shorter.</summary>
    private const int MaxLine = 1000;

    private readonly Option<string?> _root = new("--root")
    {
        Description = "The folder that file references (a framework path in evidence or a fixture, a code-of-conduct path in a framework) may reach anywhere within; the current folder by default. A file outside it keeps its references in its own folder.",
        Recursive = true,
    };

    private FrameworkLoader _loader = new();

    /// <summary>Runs the command line and returns the exit code.</summary>
    public int Run(string[] args)
    {
        var root = BuildCommands();
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors) error.WriteLine($"friendlygov: {MessageText.Printable(parseError.Message, 300)}");
            error.WriteLine("Run 'friendlygov --help' for usage.");
            return ExitCodes.UnusableInput;
        }

        var rootFolder = parsed.GetValue(_root);
        if (rootFolder is not null && !Directory.Exists(rootFolder))
        {
            error.WriteLine($"friendlygov: --root {MessageText.Quote(rootFolder)} is not an existing folder");
            return ExitCodes.UnusableInput;
        }

        _loader = new FrameworkLoader(JsonLimits.Default, rootFolder ?? Directory.GetCurrentDirectory());
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (InvalidInputException ex)
        {
            return Refuse(ex);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The last resort: a failure no command foresaw is still one line, never a stack
            // trace, and its own exit code so that scripts tell it from bad input.
            error.WriteLine($"friendlygov: internal error ({ex.GetType().Name}): {MessageText.Printable(ex.Message, 300)}; please report it");
            return ExitCodes.InternalError;
        }
    }

    private RootCommand BuildCommands()
    {
        var root = new RootCommand("FriendlyGov: score communes and wards against Friendly Government (Chính quyền thân thiện) criteria frameworks.");
        root.Options.Add(_root);
        root.Subcommands.Add(FrameworksCommand());
        root.Subcommands.Add(FrameworkCommand());
        root.Subcommands.Add(ConductCommand());
        root.Subcommands.Add(ScoreCommand());
        root.Subcommands.Add(ReportCommand());
        root.Subcommands.Add(VerifyCommand());
        root.Subcommands.Add(Commands.DossiersCommand.Create(output, error));
        root.Subcommands.Add(Commands.AuditCommand.Create(output, error));
        root.Subcommands.Add(Commands.PublishCommand.Create(output, error));
        root.Subcommands.Add(Commands.ResultCommand.Create(output));
        root.Subcommands.Add(Commands.KeysCommand.Create(output, error));
        root.Subcommands.Add(Commands.WorkbookCommand.Create(() => _loader, output, error));
        root.Subcommands.Add(Commands.UnitsCommand.Create(output, error, NodaTime.SystemClock.Instance, width));
        return root;
    }

    private Command FrameworksCommand()
    {
        var command = new Command("frameworks", "List the built-in frameworks.");
        command.SetAction(_ =>
        {
            foreach (var framework in BuiltInFrameworks.All)
            {
                output.WriteLine($"{framework.Id}\t{framework.Jurisdiction}\t{framework.Period.ToCode()}\t{Figures.Format(framework.MaxPoints)} + {Figures.Format(framework.BonusMaxPoints)} bonus\t{framework.Title.Vi} ({framework.Title.En})");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private Command FrameworkCommand()
    {
        var reference = new Argument<string>("FRAMEWORK") { Description = "A built-in id@version or a framework file." };
        var format = new Option<string>("--format") { Description = "text (both languages) or json (the framework file format).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var show = new Command("show", "Show a framework: groups, criteria, indicators and their methods, ratings and caps.") { reference, format };
        show.SetAction(parsed =>
        {
            InputFiles.ThrowIfRefused("framework show", parsed.GetRequiredValue(reference));
            var framework = _loader.Resolve(parsed.GetRequiredValue(reference));
            if (parsed.GetValue(format) == "json") output.Write(System.Text.Encoding.UTF8.GetString(FrameworkWriter.Write(framework)));
            else FrameworkText.Write(framework, output);
            return ExitCodes.Success;
        });

        var file = new Argument<string>("FILE") { Description = "A friendlygov.framework/1 file." };
        var validate = new Command("validate", "Check a framework file; print one line per problem.") { file };
        validate.SetAction(parsed =>
        {
            var path = parsed.GetRequiredValue(file);
            InputFiles.ThrowIfRefused("framework validate", path);
            var framework = _loader.LoadFramework(path);
            output.WriteLine($"{MessageText.Printable(path, 260)}: valid: {framework.Id}, {framework.Groups.Count} groups, {framework.Indicators.Count()} indicators, {Figures.Format(framework.MaxPoints)} points + {Figures.Format(framework.BonusMaxPoints)} bonus, {framework.Ratings.Count} ratings, {framework.Caps.Count} caps");
            return ExitCodes.Success;
        });

        return new Command("framework", "Show or validate one framework.") { show, validate };
    }

    private Command ConductCommand()
    {
        var reference = new Argument<string>("CODE")
        {
            Description = "A built-in code of conduct's id or a code-of-conduct file.",
            DefaultValueFactory = _ => "vn-friendly-government-2024",
        };
        var show = new Command("show", "Show a code of conduct's rules in Vietnamese and English.") { reference };
        show.SetAction(parsed =>
        {
            var name = parsed.GetRequiredValue(reference);
            InputFiles.ThrowIfRefused("conduct show", name);
            var code = _loader.ResolveConductCode(name)
                ?? throw new InvalidInputException([new Problem(string.Empty, $"'{name}' is neither a built-in code of conduct ({string.Join(", ", BuiltInConductCodes.Ids)}) nor a file")], name);
            ConductCodeText.Write(code, output);
            return ExitCodes.Success;
        });

        var file = new Argument<string>("FILE") { Description = "A friendlygov.conduct/1 file." };
        var validate = new Command("validate", "Check a code-of-conduct file; print one line per problem.") { file };
        validate.SetAction(parsed =>
        {
            var path = parsed.GetRequiredValue(file);
            InputFiles.ThrowIfRefused("conduct validate", path);
            var code = _loader.LoadConductCode(path);
            output.WriteLine($"{MessageText.Printable(path, 260)}: valid: {code}, {code.Groups.Count} rule groups, {code.Rules.Count()} rules");
            return ExitCodes.Success;
        });

        return new Command("conduct", "Show or validate a code of conduct (bộ quy tắc ứng xử).") { show, validate };
    }

    private Command ScoreCommand()
    {
        var files = EvidenceFiles();
        var frameworkOption = ScoringFramework();
        var format = new Option<string>("--format") { Description = "table, json or markdown.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "markdown");
        var command = new Command("score", "Score evidence files; rank the units when there are several.") { files, frameworkOption, format };
        command.SetAction(parsed =>
        {
            if (!TryScoreAndRank("score", parsed.GetRequiredValue(files), parsed.GetValue(frameworkOption), cards => cards.Count > 1, out var cards, out var ranking, out var refused))
                return refused;

            switch (parsed.GetValue(format))
            {
                case "json":
                    output.Write(System.Text.Encoding.UTF8.GetString(ScorecardWriter.Write(cards, ranking)));
                    break;
                case "markdown":
                    foreach (var card in cards) MarkdownReport.Write(ScorecardReport.From(card), output);
                    if (ranking is not null) MarkdownReport.Write(RankingReport.From(ranking), output);
                    break;
                default:
                    ScorecardTable.Write(cards, ranking, output, width);
                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private Command ReportCommand()
    {
        var files = EvidenceFiles();
        var frameworkOption = ScoringFramework();
        var outOption = new Option<string>("--out") { Description = "The folder to write the reports into; created when missing.", Required = true };
        var formats = new Option<string[]>("--format")
        {
            Description = "The formats to write: html, md, csv, xlsx (repeat or list them); html, md and csv when left out.",
            AllowMultipleArgumentsPerToken = true,
            DefaultValueFactory = _ => ["html", "md", "csv"],
        };
        formats.AcceptOnlyFromAmong("html", "md", "csv", "xlsx");
        var command = new Command(
            "report",
            "Write the ranking and each unit's scorecard as HTML, Markdown and CSV (or the --format chosen, xlsx too) into a folder; print the path of the ranking's first file, index.html by default.")
        {
            files, frameworkOption, outOption, formats,
        };
        command.SetAction(parsed =>
        {
            if (!TryScoreAndRank("report", parsed.GetRequiredValue(files), parsed.GetValue(frameworkOption), _ => true, out _, out var ranking, out var refused))
                return refused;

            var directory = parsed.GetRequiredValue(outOption);
            if (string.IsNullOrWhiteSpace(directory) || directory.Contains('\0', StringComparison.Ordinal))
                return Refuse([$"friendlygov report: --out {MessageText.Quote(directory)} is not a folder name"]);
            ReportFiles written;
            try
            {
                ReportFormat[] chosen = [.. parsed.GetRequiredValue(formats).Distinct().Select(f => f switch
                {
                    "html" => ReportFormat.Html,
                    "md" => ReportFormat.Markdown,
                    "csv" => ReportFormat.Csv,
                    _ => WorkbookReportFormat.Instance,
                })];
                written = ReportFolder.Write(directory, RankingReport.From(ranking!), chosen);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                return Refuse([$"friendlygov report: cannot write the reports into {MessageText.Printable(directory, 260)}: {MessageText.Printable(ex.Message, 300)}; nothing was changed"]);
            }

            output.WriteLine(MessageText.Printable(written.IndexPath, MaxLine));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Argument<string[]> EvidenceFiles() =>
        new("EVIDENCE") { Description = "friendlygov.evidence/1 files, one unit each, or evidence workbooks (.xlsx), any number of units each.", Arity = ArgumentArity.OneOrMore };

    private static Option<string?> ScoringFramework() =>
        new("--framework") { Description = "Score every file against this framework (a built-in id@version or a file) instead of the one it names." };

    /// <summary>
    /// Loads and scores evidence files and ranks them when <paramref name="rank"/> says so;
    /// on unusable input writes one line per problem and gives the exit code to return.
    /// </summary>
    private bool TryScoreAndRank(
        string commandName,
        IEnumerable<string> paths,
        string? frameworkReference,
        Func<IReadOnlyList<Scorecard>, bool> rank,
        out IReadOnlyList<Scorecard> cards,
        out Ranking? ranking,
        out int refused)
    {
        cards = [];
        ranking = null;
        refused = ExitCodes.Success;
        InputFiles.ThrowIfRefused(commandName, [.. paths, .. frameworkReference is null ? Array.Empty<string>() : [frameworkReference]]);
        var framework = frameworkReference is null ? null : _loader.Resolve(frameworkReference);
        var loaded = new List<LoadedEvidence>();
        var problems = new List<string>();
        foreach (var path in paths)
        {
            try
            {
                if (EvidenceWorkbook.IsWorkbook(path)) loaded.AddRange(EvidenceWorkbook.ReadFile(path, _loader, framework));
                else loaded.Add(_loader.LoadEvidence(path, framework));
            }
            catch (InvalidInputException ex)
            {
                problems.AddRange(ex.Lines);
            }
        }

        if (problems.Count > 0)
        {
            refused = Refuse(problems);
            return false;
        }

        cards = [.. loaded.Select(l => _loader.EngineFor(l.Framework).Score(l.Evidence))];
        try
        {
            ranking = rank(cards) ? Ranking.Of(cards) : null;
        }
        catch (InvalidInputException ex)
        {
            refused = Refuse(ex.Problems.Select(p => $"friendlygov {commandName}: cannot rank these files together: {p.Message}"));
            return false;
        }

        return true;
    }

    private Command VerifyCommand()
    {
        var files = new Argument<string[]>("FIXTURE") { Description = "friendlygov.fixture/1 files.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("verify", "Run fixture files; print each failed case and end with 'N passed, N failed'.") { files };
        command.SetAction(parsed =>
        {
            InputFiles.ThrowIfRefused("verify", parsed.GetRequiredValue(files));
            var runner = new FixtureRunner(_loader);
            int passed = 0, failed = 0;
            var unusable = false;
            foreach (var path in parsed.GetRequiredValue(files))
            {
                IReadOnlyList<FixtureCaseResult> results;
                try
                {
                    results = runner.RunFile(path);
                }
                catch (InvalidInputException ex)
                {
                    foreach (var line in ex.Lines) error.WriteLine(MessageText.Printable(line, MaxLine));
                    unusable = true;
                    continue;
                }

                foreach (var result in results)
                {
                    if (result.Passed)
                    {
                        passed++;
                        continue;
                    }

                    failed++;
                    foreach (var line in result.Lines) output.WriteLine(MessageText.Printable($"FAIL {path}: {line}", MaxLine));
                }
            }

            output.WriteLine($"{passed} passed, {failed} failed");
            return unusable ? ExitCodes.UnusableInput : failed > 0 ? ExitCodes.CaseFailed : ExitCodes.Success;
        });
        return command;
    }

    private int Refuse(InvalidInputException ex) => Refuse(ex.Lines);

    /// <summary>
    /// Writes one line per problem; each line is made printable once more, whatever made it, so
    /// that no file name or value from outside reaches the terminal with a control character in it.
    /// </summary>
    private int Refuse(IEnumerable<string> lines)
    {
        foreach (var line in lines) error.WriteLine(MessageText.Printable(line, MaxLine));
        return ExitCodes.UnusableInput;
    }
}
