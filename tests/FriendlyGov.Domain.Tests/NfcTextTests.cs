namespace FriendlyGov.Domain.Tests;

public sealed class NfcTextTests
{
    [Theory]
    [InlineData("Tự đánh giá: tỷ lệ 0,5 → 4,5/5 điểm.")]
    [InlineData("chấm 1,5 điểm: “Hội đồng thẩm định chấm” – ‘ghi chú’ … 5 × (0,93 − 0,5)")]
    [InlineData("ratio 0.5: 5 × (0.5 − 0.3) / (0.8 − 0.3) = 2 → 2 of 5 points.")]
    [InlineData("Ủy ban nhân dân xã Bình Lộc")]
    public void Keeps_a_composed_text_as_it_is_without_a_copy(string text)
    {
        // Every character is below U+0300, a Vietnamese letter U+1EA0–U+1EF9 or listed punctuation.
        NfcText.Of(text).Should().BeSameAs(text);
    }

    [Theory]
    [InlineData("e\u0302\u0301", "\u1EBF")] // e + circumflex + acute is ế
    [InlineData("\u00EA\u0301", "\u1EBF")] // ê + acute is ế
    [InlineData("0123456789 abcdef Pho\u0300", "0123456789 abcdef Ph\u00F2")] // the mark past the first eight characters
    [InlineData("\u1EA1\u1EA1\u1EA1\u1EA1\u1EA1\u1EA1\u1EA1a\u0300", "\u1EA1\u1EA1\u1EA1\u1EA1\u1EA1\u1EA1\u1EA1\u00E0")] // a mark right after a block of letters
    [InlineData("\u212B", "\u00C5")] // the angstrom sign is Å in NFC: not in the list, so ICU decides
    public void Composes_what_is_not_composed(string text, string composed)
    {
        NfcText.Of(text).Should().Be(composed);
    }
}
