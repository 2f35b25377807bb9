using System.CommandLine;
using System.Text.Json;
using FriendlyGov.Cli.Commands;
using NodaTime;

namespace FriendlyGov.Cli.Tests;

/// <summary>
/// <c>friendlygov units list|show|lineage</c>. The counts and names were read by hand from the
/// data files in src/FriendlyGov.Frameworks/BuiltIn/Units/ with grep, as each comment says.
/// </summary>
public sealed class UnitsCommandTests
{
    [Fact]
    public void Listing_Dong_Nai_on_the_reform_day_gives_95_units()
    {
        // grep -c ',75,Đồng Nai$' vn-units-2025.csv = 95; the CSV has the 2025 file's columns.
        var run = CliRun.Of("units", "list", "--province", "Đồng Nai", "--on", "2025-07-01", "--format", "csv");
        run.ExitCode.Should().Be(0);
        run.OutputLines.Should().HaveCount(96);
        run.OutputLines[0].Should().Be("code,name,kind,province_code,province_name");
        run.OutputLines.Should().Contain("26041,Phường Trấn Biên,phuong,75,Đồng Nai");
    }

    [Fact]
    public void Listing_Dong_Nai_on_the_seeds_date_gives_170_units_with_their_districts()
    {
        // grep -c ',75,Đồng Nai$' vn-units-2024.csv = 170; 26041 is Quyết Thắng in Biên Hòa then.
        var run = CliRun.Of("units", "list", "--province", "Đồng Nai", "--on", "2024-06-21", "--format", "json");
        run.ExitCode.Should().Be(0);
        using var json = JsonDocument.Parse(run.Output);
        json.RootElement.GetProperty("count").GetInt32().Should().Be(170);
        json.RootElement.GetProperty("province").GetString().Should().Be("Đồng Nai");
        json.RootElement.GetProperty("catalogue").GetString().Should().Be("the 1 February 2024 catalogue");
        var units = json.RootElement.GetProperty("units").EnumerateArray().ToList();
        units.Should().HaveCount(170);
        var quyetThang = units.Single(u => u.GetProperty("code").GetString() == "26041");
        quyetThang.GetProperty("name").GetString().Should().Be("Phường Quyết Thắng");
        quyetThang.GetProperty("district").GetString().Should().Be("Thành phố Biên Hòa");
        quyetThang.GetProperty("existedUntil").GetString().Should().Be("2025-06-30");
    }

    [Fact]
    public void The_table_names_the_province_date_catalogue_and_count()
    {
        var run = CliRun.Of("units", "list", "--province", "75", "--on", "2025-07-01");
        run.ExitCode.Should().Be(0);
        run.OutputLines[0].Trim().Should().Be("Đồng Nai · 2025-07-01 · the 1 July 2025 catalogue · 95 units");
        run.Output.Should().Contain("Phường Trấn Biên");
    }

    [Fact]
    public void A_province_is_found_in_either_tone_placement()
    {
        // Khánh Hòa (56) has 65 units in 2025: grep -c ',56,Khánh Hòa$' vn-units-2025.csv.
        var run = CliRun.Of("units", "list", "--province", "Khánh Hoà", "--on", "2025-07-01", "--format", "csv");
        run.ExitCode.Should().Be(0);
        run.OutputLines.Should().HaveCount(66);
        run.OutputLines.Skip(1).Should().OnlyContain(l => l.EndsWith(",56,Khánh Hòa", StringComparison.Ordinal));
    }

    [Fact]
    public void The_lineage_of_a_2025_unit_lists_its_2024_predecessors_with_the_date_and_kind()
    {
        // grep ',26041,Phường Trấn Biên,' vn-unit-lineage-2025.csv: 26011, 26023, 26029, 26032, 26044, 26050 and 26065, all in Biên Hòa, each merged whole.
        var run = CliRun.Of("units", "lineage", "26041", "--on", "2025-07-01");
        run.ExitCode.Should().Be(0);
        run.OutputLines.Should().Equal(
            "26041 Phường Trấn Biên (Đồng Nai), from 2025-07-01",
            "Hình thành từ / Formed from, on 2025-07-01:",
            "  26011 Phường Bửu Long (Thành phố Biên Hòa, Đồng Nai): sáp nhập / merged",
            "  26023 Phường Quang Vinh (Thành phố Biên Hòa, Đồng Nai): sáp nhập / merged",
            "  26029 Phường Thống Nhất (Thành phố Biên Hòa, Đồng Nai): sáp nhập / merged",
            "  26032 Phường Trung Dũng (Thành phố Biên Hòa, Đồng Nai): sáp nhập / merged",
            "  26044 Phường Thanh Bình (Thành phố Biên Hòa, Đồng Nai): sáp nhập / merged",
            "  26050 Phường An Bình (Thành phố Biên Hòa, Đồng Nai): sáp nhập / merged",
            "  26065 Phường Hiệp Hòa (Thành phố Biên Hòa, Đồng Nai): sáp nhập / merged",
            "Trở thành / Became: — (a unit of today's map)");
    }

    [Fact]
    public void The_lineage_of_a_2024_unit_lists_its_successors()
    {
        // grep '^26122,' vn-unit-lineage-2025.csv: Xã Nam Cát Tiên was split between 26122 Nam Cát Tiên and 26134 Tà Lài.
        var run = CliRun.Of("units", "lineage", "26122", "--on", "2024-06-21");
        run.ExitCode.Should().Be(0);
        run.OutputLines.Should().Equal(
            "26122 Xã Nam Cát Tiên (Huyện Tân Phú, Đồng Nai), 2024-02-01 to 2025-06-30",
            "Hình thành từ / Formed from: — (the catalogues begin on 2024-02-01)",
            "Trở thành / Became, on 2025-07-01:",
            "  26122 Xã Nam Cát Tiên (Đồng Nai): chia tách / split",
            "  26134 Xã Tà Lài (Đồng Nai): chia tách / split");
    }

    [Fact]
    public void A_missing_hop_is_said_and_an_apps_lineage_file_fills_it()
    {
        using var folder = new TempDirectory();
        var file = Path.Combine(folder.Path, "bien-hoa.csv");
        File.WriteAllText(file, "code_2024,name_2024,province_2024,code_2025,name_2025,province_2025,matched_by\n26041,Phường Quyết Thắng,Đồng Nai,26041,Phường Trấn Biên,Đồng Nai,illustrative\n");

        var without = CliRun.Of("units", "lineage", "26041", "--on", "2024-06-21");
        without.ExitCode.Should().Be(0);
        without.OutputLines[^1].Should().StartWith("  none known: the lineage has no row for this unit");

        // With the file, 26041 Trấn Biên has eight predecessors, so Quyết Thắng was merged.
        var with = CliRun.Of("units", "lineage", "26041", "--on", "2024-06-21", "--lineage", file, "--format", "json");
        with.ExitCode.Should().Be(0);
        using var json = JsonDocument.Parse(with.Output);
        var successor = json.RootElement.GetProperty("successors").EnumerateArray().Should().ContainSingle().Subject;
        successor.GetProperty("kind").GetString().Should().Be("merged");
        successor.GetProperty("on").GetString().Should().Be("2025-07-01");
        successor.GetProperty("unit").GetProperty("name").GetString().Should().Be("Phường Trấn Biên");
        json.RootElement.GetProperty("missingHop").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public void Show_says_which_unit_a_reused_code_names_on_each_side_of_the_reform()
    {
        var run = CliRun.Of("units", "show", "26041", "--on", "2024-06-21");
        run.ExitCode.Should().Be(0);
        run.OutputLines.Should().Equal(
            "26041 Phường Quyết Thắng",
            "  Loại / Kind: phường / ward (phuong)",
            "  Huyện / District: Thành phố Biên Hòa (731)",
            "  Tỉnh / Province: Đồng Nai (75)",
            "  Thời gian / Listed: 2024-02-01 to 2025-06-30",
            "  Trở thành / Became: 0 units of 2025 (a missing hop: the lineage has no row for this unit)",
            "  Mã dùng lại / Code reused: from 2025-07-01 it names Phường Trấn Biên");
    }

    [Fact]
    public void Without_a_date_the_code_means_the_unit_of_today_in_Vietnam()
    {
        // 2025-06-30 17:30 UTC is 2025-07-01 00:30 in Vietnam (UTC+7): the first day of the reform.
        var clock = new FixedClock(Instant.FromUtc(2025, 6, 30, 17, 30));
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var code = new RootCommand { UnitsCommand.Create(output, error, clock) }.Parse(["units", "show", "26041"]).Invoke();
        code.Should().Be(0);
        output.ToString().Should().StartWith("26041 Phường Trấn Biên\n");
    }

    [Theory]
    [InlineData("friendlygov units: no unit has the code 99999 on 2025-07-01 (the 1 July 2025 catalogue)", "units", "show", "99999", "--on", "2025-07-01")]
    [InlineData("friendlygov units: no unit has the code 26011 on 2025-07-01 (the 1 July 2025 catalogue); until 2025-06-30 it named Phường Bửu Long: give --on 2025-06-30", "units", "lineage", "26011", "--on", "2025-07-01")]
    [InlineData("friendlygov units: 'abc' is not a unit code: five digits, such as 26041", "units", "show", "abc", "--on", "2025-07-01")]
    [InlineData("friendlygov units: --on '2025-13-01' is not a date: write YYYY-MM-DD, such as 2025-07-01", "units", "list", "--on", "2025-13-01")]
    [InlineData("friendlygov units: the built-in catalogues begin on 2024-02-01; 2023-12-31 is before them", "units", "show", "26041", "--on", "2023-12-31")]
    [InlineData("friendlygov units: no province 'Dong Nai' on 2025-07-01 (the 1 July 2025 catalogue): write its short name, such as Đồng Nai, or its two-digit code", "units", "list", "--province", "Dong Nai", "--on", "2025-07-01")]
    public void Bad_input_exits_2_with_one_line(string message, params string[] args)
    {
        var run = CliRun.Of(args);
        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.ErrorLines.Should().Equal(message);
    }

    [Fact]
    public void A_bad_lineage_file_exits_2_naming_the_file_row_and_column()
    {
        using var folder = new TempDirectory();
        var file = Path.Combine(folder.Path, "bad.csv");
        File.WriteAllText(file, "code_2024,name_2024,province_2024,code_2025,name_2025,province_2025,matched_by\n26041,Phường Trấn Biên,Đồng Nai,26041,Phường Trấn Biên,Đồng Nai,\n");
        var run = CliRun.Of("units", "lineage", "26041", "--lineage", file);
        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal($"{file}: row 2, column name_2024: 'Phường Trấn Biên' is not the name of 26041 in the 1 February 2024 catalogue: it is Phường Quyết Thắng");
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
