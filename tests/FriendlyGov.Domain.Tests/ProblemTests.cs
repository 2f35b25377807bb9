namespace FriendlyGov.Domain.Tests;

public sealed class ProblemTests
{
    [Theory]
    [InlineData("value", "indicators['G1.1.1']", "indicators['G1.1.1'].value")]
    [InlineData("[2]", "items", "items[2]")]
    [InlineData("", "indicators['G1.1.1']", "indicators['G1.1.1']")]
    [InlineData("value", "", "value")]
    public void Places_its_path_under_a_parent(string path, string parent, string combined)
    {
        new Problem(path, "m").Under(parent).Path.Should().Be(combined);
    }

    [Fact]
    public void Reads_as_path_then_message()
    {
        new Problem("value", "1.3 is outside [0, 1]").ToString().Should().Be("value: 1.3 is outside [0, 1]");
        new Problem("", "a message about the whole document").ToString().Should().Be("a message about the whole document");
    }

    [Fact]
    public void Names_the_indicator_at_the_end_of_its_message()
    {
        new Problem("evidence.value", "1.3 is outside [0, 1]").ForIndicator("G1.2.1").ToString()
            .Should().Be("evidence.value: 1.3 is outside [0, 1] for indicator G1.2.1");
    }
}
