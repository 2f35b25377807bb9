using FriendlyGov.Domain.Criteria;

namespace FriendlyGov.Domain.Tests.Criteria;

public sealed class FrameworkIdTests
{
    [Fact]
    public void Reads_and_writes_id_at_version()
    {
        var id = FrameworkId.Parse("dongnai-friendly-government@2024.1");

        id.Id.Should().Be("dongnai-friendly-government");
        id.Version.Should().Be("2024.1");
        id.ToString().Should().Be("dongnai-friendly-government@2024.1");
        id.Should().Be(new FrameworkId("dongnai-friendly-government", "2024.1"));
    }

    [Theory]
    [InlineData("dongnai")]
    [InlineData("DongNai@1")]
    [InlineData("dongnai-@1")]
    [InlineData("@1")]
    [InlineData("dongnai@")]
    [InlineData("dongnai@1..2")]
    [InlineData("dongnai@1@2")]
    public void Rejects_other_forms(string text)
    {
        FrameworkId.TryParse(text, out var id).Should().BeFalse();
        id.Should().BeNull();
        FluentActions.Invoking(() => FrameworkId.Parse(text)).Should().Throw<FormatException>();
    }

    [Fact]
    public void Rejects_a_version_followed_by_a_line_break()
    {
        // The pattern ends in '$', which in .NET also matches before a final '\n'; the version must be "1", not "1\n".
        FrameworkId.TryParse("dongnai@1\n", out var id).Should().BeFalse();
        id.Should().BeNull();
    }

    [Fact]
    public void Rejects_an_id_with_capitals()
    {
        FluentActions.Invoking(() => new FrameworkId("DongNai", "1"))
            .Should().Throw<ArgumentException>().WithMessage("'DongNai' is not a framework id*");
    }
}
