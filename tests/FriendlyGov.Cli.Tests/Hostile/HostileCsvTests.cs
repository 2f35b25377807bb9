using System.Diagnostics;
using System.Text;
using FriendlyGov.Domain;
using FriendlyGov.Frameworks;

namespace FriendlyGov.Cli.Tests.Hostile;

/// <summary>
/// The dossier statistics CSV as an attacker writes it (issue 13): endless, huge, long or full of
/// control characters. Each is refused in bounded time and memory with lines that are short and
/// printable, and nothing is recorded.
/// </summary>
public sealed class HostileCsvTests : IDisposable
{
    private const string Header = "unitCode,period,received,resolvedOnTime,resolvedLate,overdue,pending,filedOnline";
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Database => Path.Combine(_temp.Path, "friendlygov.db");

    [Fact]
    public void Dev_zero_as_the_csv_is_refused_at_once_as_a_device()
    {
        var run = Within.Run("dossiers", "import", "/dev/zero", "--database", Database);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal("/dev/zero: is a character device, not a regular file; FriendlyGov reads regular files only");
    }

    [Fact]
    public void A_fifo_as_the_csv_is_refused_without_blocking()
    {
        var fifo = FolderSnapshot.MakeFifo(Path.Combine(_temp.Path, "dossiers.csv"));

        var run = Within.Run("dossiers", "import", fifo, "--database", Database);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal($"{fifo}: is a FIFO (named pipe), not a regular file; FriendlyGov reads regular files only");
    }

    [Fact]
    public void A_one_line_300_MiB_csv_is_refused_before_it_is_read()
    {
        // A sparse file: 300 MiB long, no disk used; reading it would take 300 MiB of NULs.
        var path = Path.Combine(_temp.Path, "huge.csv");
        using (var stream = File.Create(path)) stream.SetLength(300L * 1024 * 1024);
        var watch = Stopwatch.StartNew();

        var run = Within.Run("dossiers", "import", path, "--database", Database);

        run.ExitCode.Should().Be(2);
        // 300 × 1,048,576 = 314,572,800 bytes; the limit is 16 × 1,048,576 = 16,777,216.
        run.ErrorLines.Should().Equal($"{path}: is 314,572,800 bytes; the most FriendlyGov reads is 16,777,216 bytes (CsvLimits.MaxBytes)");
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void A_million_valid_rows_are_refused_before_they_are_read()
    {
        // Each row "25996,2024-Q4,1,1,0,0,0,0\n" is 26 bytes: 1,000,000 rows and the 81-byte header
        // are 26,000,081 bytes, over the 16 MiB limit.
        var path = Path.Combine(_temp.Path, "million.csv");
        using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            writer.WriteLine(Header);
            for (var i = 0; i < 1_000_000; i++) writer.WriteLine("25996,2024-Q4,1,1,0,0,0,0");
        }

        var watch = Stopwatch.StartNew();

        var run = Within.Run("dossiers", "import", path, "--database", Database);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal($"{path}: is 26,000,081 bytes; the most FriendlyGov reads is 16,777,216 bytes (CsvLimits.MaxBytes)");
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2), "the file is refused by its length, not read");
    }

    [Fact]
    public void Rows_past_the_row_limit_stop_the_reading_at_the_first_row_past_it()
    {
        // MaxRows 3: rows 2, 3 and 4 are read (the header is row 1); row 5 is the fourth data row.
        var text = string.Join('\n', [Header, .. Enumerable.Repeat("25996,2024-Q4,1,1,0,0,0,0", 10)]);

        var act = () => DossierStatisticsCsv.Read(new StringReader(text), "dossiers.csv", new CsvLimits { MaxRows = 3 });

        act.Should().Throw<InvalidInputException>().Which.Lines.Should().Equal(
            "dossiers.csv: row 5: is past the most rows FriendlyGov reads, 3 (CsvLimits.MaxRows)");
    }

    [Fact]
    public void Valid_rows_that_never_end_are_cut_at_the_size_limit_while_streaming()
    {
        var act = () => DossierStatisticsCsv.Read(new EndlessReader(), "stream.csv", new CsvLimits { MaxBytes = 100_000 });

        act.Should().Throw<InvalidInputException>().Which.Lines.Should().Equal(
            "stream.csv: is over 100,000 bytes, the most FriendlyGov reads (CsvLimits.MaxBytes)");
    }

    [Fact]
    public void Control_characters_in_a_field_are_escaped_in_the_message()
    {
        var path = _temp.Write("dossiers.csv", $"{Header}\n\u001b[2J,2024-Q4,1,1,0,0,0,0\n25996,2024-Q4,1\u00002,1,0,0,0,0\n");

        var run = Within.Run("dossiers", "import", path, "--database", Database);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal(
            $"{path}: row 2, column unitCode: '\\u001B[2J' is not a unit code: five digits, such as 25996",
            $"{path}: row 3, column received: '1\\u00002' is not a whole number");
        run.Error.Should().NotContain("\u001b").And.NotContain("\0");
    }

    [Fact]
    public void A_long_field_is_named_with_its_length_and_quoted_cut_short()
    {
        // A 5,000-character field is past the 1,000-character limit; the message keeps its first 80 characters.
        var path = _temp.Write("dossiers.csv", $"{Header}\n25996,2024-Q4,{new string('9', 5_000)},1,0,0,0,0\n");

        var run = Within.Run("dossiers", "import", path, "--database", Database);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal($"{path}: row 2, column received: '{new string('9', 80)}… (5000 characters)' is longer than 1,000 characters (CsvLimits.MaxFieldLength)");
    }

    [Fact]
    public void A_long_header_name_is_quoted_cut_short()
    {
        var path = _temp.Write("dossiers.csv", $"{new string('x', 9_000)},{Header}\n");

        var run = Within.Run("dossiers", "import", path, "--database", Database);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal($"{path}: row 1: '{new string('x', 80)}… (9000 characters)' is not a column: the columns are {Header}");
    }

    [Fact]
    public void A_file_name_with_control_characters_is_escaped_in_the_message()
    {
        var path = _temp.Write("evil\u001b[2J.csv", $"{Header}\n2599,2024-Q4,1,1,0,0,0,0\n");

        var run = Within.Run("dossiers", "import", path, "--database", Database);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal($"{_temp.Path}/evil\\u001B[2J.csv: row 2, column unitCode: '2599' is not a unit code: five digits, such as 25996");
    }

    /// <summary>The header and then valid rows for ever, as a file that grows would give them.</summary>
    private sealed class EndlessReader : TextReader
    {
        private const string Row = "25996,2024-Q4,1,1,0,0,0,0\n";
        private readonly string _header = Header + "\n";
        private long _position;

        public override int Peek() => At(_position);

        public override int Read() => At(_position++);

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            for (var i = 0; i < buffer.Length; i++) buffer[i] = At(_position++);
            return buffer.Length;
        }

        private char At(long position) =>
            position < _header.Length ? _header[(int)position] : Row[(int)((position - _header.Length) % Row.Length)];
    }
}
