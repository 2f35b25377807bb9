using System.Globalization;
using System.Text;

namespace FriendlyGov.Cli.Tests.Hostile;

/// <summary>
/// Mutation fuzzing of what the command line reads itself: dossier statistics CSV files and the
/// command arguments. Every attempt must end within the deadline with exit 0, 1 or 2 and lines
/// free of control characters; never the internal-error exit 3 and never a stack trace.
/// </summary>
/// <remarks>
/// <c>FRIENDLYGOV_CLI_FUZZ_ITERATIONS</c> sets the attempts of each test (150 by default, a few
/// seconds) and <c>FRIENDLYGOV_CLI_FUZZ_SEED</c> the seed; attempt <c>i</c> uses seed + i, so a
/// failure names the one attempt to run again.
/// </remarks>
public sealed class CliMutationFuzzTests : IDisposable
{
    private const string Header = "unitCode,period,received,resolvedOnTime,resolvedLate,overdue,pending,filedOnline";

    /// <summary>Fields and bytes that break a CSV file in a known way.</summary>
    private static readonly string[] HostileFields =
    [
        string.Empty, "\"", "\"\"", "\"a,b\"", "\"unclosed", "\u001b[2J", "\0", "\r", "\u202Eevil", "-1", "2147483648",
        "99999999999999999999", "1e3", "0x10", " 7 ", "2024-13", "2024-Q5", "9999", "25996\n25996", new string('9', 2_000),
        "=cmd|' /C calc'!A0", "Hoà", "\uFEFF", "\ud800",
    ];

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static int Iterations => Setting("FRIENDLYGOV_CLI_FUZZ_ITERATIONS", 150);

    private static int Seed => Setting("FRIENDLYGOV_CLI_FUZZ_SEED", 20_261_206);

    [Fact]
    public void Mutated_csv_files_are_imported_or_refused_never_a_crash()
    {
        var good = $"{Header}\n25996,2024-Q4,120,100,8,2,10,90\n26089,2024-Q4,40,38,2,0,0,12\n";
        var database = Path.Combine(_temp.Path, "missing.db");
        for (var attempt = 0; attempt < Iterations; attempt++)
        {
            var random = new Random(Seed + attempt);
            var (bytes, what) = MutateCsv(Encoding.UTF8.GetBytes(good), random);
            var path = Path.Combine(_temp.Path, "dossiers.csv");
            File.WriteAllBytes(path, bytes);

            var run = Within.Run("dossiers", "import", path, "--database", database);

            Check(run, $"CSV attempt {attempt} ({what}); run it alone with FRIENDLYGOV_CLI_FUZZ_SEED={Seed + attempt} FRIENDLYGOV_CLI_FUZZ_ITERATIONS=1");
            // The database does not exist, so even a good file ends there: nothing is ever recorded.
            run.ExitCode.Should().Be(2);
        }
    }

    [Fact]
    public void Mutated_command_arguments_are_run_or_refused_never_a_crash()
    {
        var evidence = RepositoryRoot.Combine("samples", "evidence", "25996-phuong-tan-phong.json");
        var fixture = RepositoryRoot.Combine("fixtures", "dongnai-2024.json");
        var csv = _temp.Write("good.csv", $"{Header}\n25996,2024-Q4,1,1,0,0,0,0\n");
        var fifo = FolderSnapshot.MakeFifo(Path.Combine(_temp.Path, "fifo"));
        var reports = Path.Combine(_temp.Path, "reports");
        string[][] commands =
        [
            ["frameworks"],
            ["framework", "show", "dongnai-friendly-government@2024.1", "--format", "json"],
            ["framework", "validate", evidence],
            ["conduct", "show"],
            ["conduct", "validate", evidence],
            ["score", evidence, "--format", "markdown"],
            ["score", evidence, "--framework", "dongnai-friendly-government@2024.1"],
            ["report", evidence, "--out", reports],
            ["verify", fixture],
            ["dossiers", "import", csv, "--database", Path.Combine(_temp.Path, "missing.db")],
            ["audit", "verify", "--sqlite", Path.Combine(_temp.Path, "missing.db")],
            ["audit", "verify", "--postgres", "Host=127.0.0.1;Port=1;Timeout=1"],
        ];
        // Absolute paths only: a relative name given to --out would write into the current folder.
        string[] hostile =
        [
            string.Empty, " ", "\0", "\u001b[2J", "-", "--", "--help", "--format", "--out", "--sqlite", "--postgres", "--unknown",
            "===;;;", "/dev/zero", "/dev/null", fifo, _temp.Path, "/proc/self/environ", new string('a', 10_000),
            Path.Combine(_temp.Path, "..", "..", "etc", "passwd"), "dongnai-friendly-government@9999", "@", "\u202E", "json", "table",
        ];
        for (var attempt = 0; attempt < Iterations; attempt++)
        {
            var random = new Random(Seed + attempt);
            var args = commands[random.Next(commands.Length)].ToList();
            var what = MutateArguments(args, hostile, random);

            var run = Within.Run([.. args]);

            Check(run, $"arguments attempt {attempt} ({what}: {string.Join(' ', args.Select(a => MessageTextForTest(a)))}); run it alone with FRIENDLYGOV_CLI_FUZZ_SEED={Seed + attempt} FRIENDLYGOV_CLI_FUZZ_ITERATIONS=1");
        }
    }

    private static void Check(CliRun run, string because)
    {
        run.ExitCode.Should().BeOneOf([0, 1, 2], because + ": " + run.Error);
        FrameworkCommandsTests.NoStackTrace(run.Error);
        foreach (var line in run.ErrorLines)
        {
            line.Should().NotContainAny(["\u001b", "\0", "\r", "\u202E"], because);
            line.Length.Should().BeLessThan(2_000, because);
        }
    }

    private static (byte[] Bytes, string What) MutateCsv(byte[] input, Random random)
    {
        var text = Encoding.UTF8.GetString(input);
        var lines = text.TrimEnd('\n').Split('\n').ToList();
        switch (random.Next(8))
        {
            case 0:
                var flipped = input.ToArray();
                flipped[random.Next(flipped.Length)] ^= (byte)(1 << random.Next(8));
                return (flipped, "a flipped bit");
            case 1:
                return (input[..random.Next(input.Length)], "truncated");
            case 2:
                var noise = new byte[random.Next(1, 64)];
                random.NextBytes(noise);
                var at = random.Next(input.Length);
                return ([.. input[..at], .. noise, .. input[at..]], "random bytes inserted");
            case 3:
                return (Replace(lines, random, Pick(HostileFields, random)), "a hostile field");
            case 4:
                var row = random.Next(lines.Count);
                lines[row] += new string(',', random.Next(1, 5));
                return (Lines(lines), "extra fields");
            case 5:
                var line = random.Next(1, lines.Count);
                lines.Insert(line, lines[line]);
                return (Lines(lines), "a duplicated row");
            case 6:
                lines.RemoveAt(0);
                return (Lines(lines), "no header");
            default:
                var columns = lines[0].Split(',');
                (columns[0], columns[^1]) = (columns[^1], columns[0]);
                lines[0] = string.Join(',', columns);
                return (Lines(lines), "columns reordered");
        }
    }

    private static byte[] Replace(List<string> lines, Random random, string field)
    {
        var row = random.Next(lines.Count);
        var fields = lines[row].Split(',');
        fields[random.Next(fields.Length)] = field;
        lines[row] = string.Join(',', fields);
        return Lines(lines);
    }

    private static byte[] Lines(List<string> lines) => Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");

    private static string MutateArguments(List<string> args, string[] hostile, Random random)
    {
        switch (random.Next(4))
        {
            case 0 when args.Count > 1:
                args.RemoveAt(random.Next(1, args.Count));
                return "an argument removed";
            case 1:
                args.Insert(random.Next(1, args.Count + 1), Pick(hostile, random));
                return "an argument inserted";
            case 2 when args.Count > 1:
                var at = random.Next(1, args.Count);
                args.Insert(at, args[at]);
                return "an argument repeated";
            default:
                args[random.Next(args.Count > 1 ? 1 : 0, args.Count)] = Pick(hostile, random);
                return "an argument replaced";
        }
    }

    private static T Pick<T>(T[] items, Random random) => items[random.Next(items.Length)];

    private static string MessageTextForTest(string argument) => Domain.MessageText.Quote(argument, 40);

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
