namespace FriendlyGov.Domain.Tests;

public sealed class InvalidInputExceptionTests
{
    private static readonly Problem[] TwoProblems =
    [
        new("indicators['G1.1.1'].value", "1.3 is outside [0, 1]"),
        new("period", "'2024-Q2' is not a year period"),
    ];

    [Fact]
    public void Writes_one_line_per_problem_naming_the_document()
    {
        var exception = new InvalidInputException(TwoProblems, "evidence.json");

        exception.Lines.Should().Equal(
            "evidence.json: indicators['G1.1.1'].value: 1.3 is outside [0, 1]",
            "evidence.json: period: '2024-Q2' is not a year period");
        exception.Message.Should().Be(string.Join(Environment.NewLine, exception.Lines));
        exception.Document.Should().Be("evidence.json");
    }

    [Fact]
    public void Writes_the_problems_alone_without_a_document()
    {
        new InvalidInputException(TwoProblems).Lines.Should().Equal(
            "indicators['G1.1.1'].value: 1.3 is outside [0, 1]",
            "period: '2024-Q2' is not a year period");
    }

    [Fact]
    public void Needs_at_least_one_problem()
    {
        FluentActions.Invoking(() => new InvalidInputException([])).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Throws_only_when_there_is_a_problem()
    {
        FluentActions.Invoking(() => InvalidInputException.ThrowIfAny([])).Should().NotThrow();
        FluentActions.Invoking(() => InvalidInputException.ThrowIfAny(TwoProblems))
            .Should().Throw<InvalidInputException>().Which.Problems.Should().Equal(TwoProblems);
    }
}
