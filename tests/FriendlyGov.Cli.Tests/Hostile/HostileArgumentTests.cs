namespace FriendlyGov.Cli.Tests.Hostile;

/// <summary>
/// Every command with every kind of bad argument: an empty name, a missing file, a directory, a
/// FIFO, a device, a file of garbage, a name holding U+0000 and a garbage connection string. Each
/// ends at once with exit 2 and one line per problem, never a stack trace, and changes no file.
/// </summary>
/// <remarks>
/// Tests run as root here, so an unreadable file cannot be made: root reads it anyway.
/// </remarks>
public sealed class HostileArgumentTests : IDisposable
{
    private const string Bad = "{BAD}";
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>The kinds of bad argument, each made in the test's folder.</summary>
    public static TheoryData<string> Kinds => ["empty", "missing", "directory", "fifo", "device", "garbage", "nul"];

    /// <summary>Each command, with {BAD} where the bad argument goes and the good arguments it needs.</summary>
    public static TheoryData<string> Commands =>
    [
        "framework validate {BAD}",
        "framework show {BAD}",
        "conduct validate {BAD}",
        "conduct show {BAD}",
        "score {BAD}",
        "score {EVIDENCE} --framework {BAD}",
        "report {BAD} --out {OUT}",
        "verify {BAD}",
        "dossiers import {BAD} --database {DB}",
        "dossiers import {CSV} --database {BAD}",
        "audit verify --sqlite {BAD}",
    ];

    public static TheoryData<string, string> Cases
    {
        get
        {
            var cases = new TheoryData<string, string>();
            foreach (var command in Commands)
            {
                foreach (var kind in Kinds) cases.Add(command.Data, kind.Data);
            }

            return cases;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_command_refuses_each_bad_argument_at_once_with_exit_2_and_changes_nothing(string command, string kind)
    {
        var bad = Make(kind);
        var args = Arguments(command, bad);
        var before = FolderSnapshot.Of(_temp.Path);

        var run = Within.Run(args);

        run.ExitCode.Should().Be(2, run.Error);
        // verify ends with its count even when a file is unusable: "0 passed, 0 failed".
        if (!command.StartsWith("verify", StringComparison.Ordinal)) run.Output.Should().BeEmpty();
        run.ErrorLines.Should().NotBeEmpty().And.AllSatisfy(line => line.Should().NotBeEmpty());
        FrameworkCommandsTests.NoStackTrace(run.Error);
        run.Error.Should().NotContain("\0");
        FolderSnapshot.Of(_temp.Path).Should().Equal(before);
        var expected = kind switch
        {
            "fifo" => $"{bad}: is a FIFO (named pipe), not a regular file; FriendlyGov reads regular files only",
            "device" => $"{bad}: is a character device, not a regular file; FriendlyGov reads regular files only",
            "directory" => $"{bad}: is a folder, not a file",
            "nul" => "holds the character U+0000, which no file name can",
            _ => null,
        };
        if (expected is not null) run.Error.Should().Contain(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("===;;;")]
    [InlineData("Host=127.0.0.1;Port=notaport")]
    [InlineData("Password=secret;;;=")]
    public void Audit_verify_refuses_a_garbage_postgresql_connection_string_without_echoing_it(string connection)
    {
        var run = Within.Run("audit", "verify", "--postgres", connection);

        run.ExitCode.Should().Be(2, run.Error);
        run.ErrorLines.Should().ContainSingle();
        run.Error.Should().NotContain("secret");
        FrameworkCommandsTests.NoStackTrace(run.Error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("a\0b")]
    public void Report_refuses_an_out_that_names_no_folder(string directory)
    {
        var evidence = RepositoryRoot.Combine("samples", "evidence", "25996-phuong-tan-phong.json");
        var before = FolderSnapshot.Of(_temp.Path);

        var run = Within.Run("report", evidence, "--out", directory);

        run.ExitCode.Should().Be(2, run.Error);
        run.ErrorLines.Should().Equal($"friendlygov report: --out '{directory.Replace("\0", "\\u0000", StringComparison.Ordinal)}' is not a folder name");
        FolderSnapshot.Of(_temp.Path).Should().Equal(before);
    }

    [Fact]
    public void Report_refuses_an_out_that_is_a_fifo()
    {
        var evidence = RepositoryRoot.Combine("samples", "evidence", "25996-phuong-tan-phong.json");
        var fifo = FolderSnapshot.MakeFifo(Path.Combine(_temp.Path, "out"));

        var run = Within.Run("report", evidence, "--out", fifo);

        run.ExitCode.Should().Be(2, run.Error);
        run.ErrorLines.Should().Equal($"friendlygov report: cannot write the reports into {fifo}: {fifo} is a file, not a folder; nothing was changed");
    }

    private string Make(string kind) => kind switch
    {
        "empty" => string.Empty,
        "missing" => Path.Combine(_temp.Path, "missing.json"),
        "directory" => Directory.CreateDirectory(Path.Combine(_temp.Path, "folder")).FullName,
        "fifo" => FolderSnapshot.MakeFifo(Path.Combine(_temp.Path, "fifo")),
        "device" => "/dev/zero",
        "garbage" => WriteGarbage(),
        "nul" => Path.Combine(_temp.Path, "a\0b.json"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a kind of bad argument"),
    };

    private string WriteGarbage()
    {
        var path = Path.Combine(_temp.Path, "garbage");
        // Bytes that are neither UTF-8 JSON, CSV with the header, nor SQLite: a seeded draw, the same every run.
        var bytes = new byte[4096];
        new Random(13).NextBytes(bytes);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string[] Arguments(string command, string bad)
    {
        var evidence = RepositoryRoot.Combine("samples", "evidence", "25996-phuong-tan-phong.json");
        var csv = _temp.Write("good.csv", "unitCode,period,received,resolvedOnTime,resolvedLate,overdue,pending,filedOnline\n25996,2024-Q4,1,1,0,0,0,0\n");
        return [.. command.Split(' ').Select(part => part switch
        {
            Bad => bad,
            "{EVIDENCE}" => evidence,
            "{OUT}" => Path.Combine(_temp.Path, "reports"),
            "{DB}" => Path.Combine(_temp.Path, "friendlygov.db"),
            "{CSV}" => csv,
            _ => part,
        })];
    }
}
