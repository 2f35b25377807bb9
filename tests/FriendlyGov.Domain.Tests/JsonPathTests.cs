namespace FriendlyGov.Domain.Tests;

public sealed class JsonPathTests
{
    [Theory]
    [InlineData("value", "value")]
    [InlineData("G1", "G1")]
    [InlineData("G1.1.1", "['G1.1.1']")]
    [InlineData("it's", "['it\\'s']")]
    public void Writes_a_property_plainly_or_in_brackets(string name, string path)
    {
        JsonPath.Property(name).Should().Be(path);
    }

    [Fact]
    public void Writes_an_index_in_brackets()
    {
        JsonPath.Index(3).Should().Be("[3]");
    }
}
