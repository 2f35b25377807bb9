using FriendlyGov.Domain.Units;

namespace FriendlyGov.Domain.Tests.Units;

public sealed class UnitKindsTests
{
    [Theory]
    [InlineData(UnitKind.Commune, "xa", "xã", "commune")]
    [InlineData(UnitKind.Ward, "phuong", "phường", "ward")]
    [InlineData(UnitKind.Township, "thi-tran", "thị trấn", "township")]
    [InlineData(UnitKind.SpecialZone, "dac-khu", "đặc khu", "special zone")]
    public void Writes_and_reads_each_kind_by_its_file_code(UnitKind kind, string code, string vi, string en)
    {
        kind.ToCode().Should().Be(code);
        UnitKinds.TryParse(code, out var read).Should().BeTrue();
        read.Should().Be(kind);
        kind.Title().Should().Be(new LocalizedText(vi, en));
    }

    [Theory]
    [InlineData("village")]
    [InlineData("Xa")]
    [InlineData("thi_tran")]
    public void Does_not_read_an_unknown_code(string code)
    {
        UnitKinds.TryParse(code, out _).Should().BeFalse();
    }

    [Fact]
    public void Lists_every_code_in_the_order_of_the_kinds()
    {
        UnitKinds.AllCodes.Should().Equal("xa", "phuong", "thi-tran", "dac-khu");
    }
}
