namespace FriendlyGov.Domain.Tests;

public sealed class MessageTextTests
{
    [Theory]
    [InlineData("Phường Tân Phong", "Phường Tân Phong")]
    [InlineData("", "")]
    // ESC [ 2 J clears a terminal: ESC is U+001B.
    [InlineData("\u001B[2J", "\\u001B[2J")]
    // A newline would forge a second line in an audit summary.
    [InlineData("a.csv\nforged", "a.csv\\u000Aforged")]
    [InlineData("nul\0", "nul\\u0000")]
    // U+202E (right-to-left override) makes "txt.exe" read as "exe.txt".
    [InlineData("\u202Etxt.exe", "\\u202Etxt.exe")]
    [InlineData("\u2066x\u2069", "\\u2066x\\u2069")]
    public void Printable_escapes_control_and_bidirectional_characters(string text, string expected) =>
        MessageText.Printable(text).Should().Be(expected);

    [Fact]
    public void Printable_of_null_is_empty() => MessageText.Printable(null).Should().BeEmpty();

    [Fact]
    public void Printable_cuts_a_long_text_and_says_its_whole_length()
    {
        // 100 'x': the first 80 kept, then the length of the whole text.
        MessageText.Printable(new string('x', 100)).Should().Be(new string('x', 80) + "… (100 characters)");
    }

    [Fact]
    public void Printable_keeps_a_text_of_exactly_the_length()
    {
        MessageText.Printable("abcde", 5).Should().Be("abcde");
        MessageText.Printable("abcdef", 5).Should().Be("abcde… (6 characters)");
    }

    [Fact]
    public void Printable_never_cuts_a_surrogate_pair()
    {
        // "ab" then U+1F600 (two UTF-16 units): cut at 3, the pair would be split, so 2 are kept.
        MessageText.Printable("ab\U0001F600cd", 3).Should().Be("ab… (6 characters)");
    }

    [Fact]
    public void Printable_counts_the_escaped_characters_among_those_kept()
    {
        // Three characters kept: 'a', ESC (escaped to six), 'b'; the fourth, 'c', is cut.
        MessageText.Printable("a\u001Bbc", 3).Should().Be("a\\u001Bb… (4 characters)");
    }

    [Fact]
    public void Quote_puts_the_printable_text_between_single_quotes() =>
        MessageText.Quote("5K\n3").Should().Be("'5K\\u000A3'");

    [Theory]
    [InlineData("plain", null)]
    [InlineData("a\tb", "U+0009")]
    [InlineData("x\u202Ey\u0007", "U+202E")]
    public void FirstUnsafeCharacter_names_the_first_one(string text, string? expected) =>
        MessageText.FirstUnsafeCharacter(text).Should().Be(expected);

    [Fact]
    public void Printable_refuses_a_length_below_one()
    {
        var act = () => MessageText.Printable("x", 0);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
