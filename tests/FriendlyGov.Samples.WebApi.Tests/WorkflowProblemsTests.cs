using System.Text.Json;
using FriendlyGov.Application;
using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Samples.WebApi.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace FriendlyGov.Samples.WebApi.Tests;

/// <summary>Each of the workflow's refusals maps to its status, including those a test over HTTP cannot easily provoke, such as a lost race.</summary>
public sealed class WorkflowProblemsTests(WebApiFactory api) : IClassFixture<WebApiFactory>
{
    public static TheoryData<string, int, string> Refusals => new()
    {
        { "validation", 400, "OpenRound is not valid: period: is required; province: is required" },
        { "invalid input", 400, "value: 1.3 is outside [0, 1]" },
        { "authorization", 403, "FinalizeAssessment by officer-1 is refused by rule 'province-administrator': only an administrator" },
        { "not found", 404, "There is no round 1." },
        { "workflow", 409, "Cannot finalize: the assessment is Draft." },
        { "concurrency", 409, "assessment 1 of unit 25993" },
        { "anything else", 500, "The server's log has the details." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_refusal_is_a_problem_with_its_status_and_message(string kind, int status, string detail)
    {
        Exception exception = kind switch
        {
            "validation" => new ValidationException("OpenRound", [new Problem("period", "is required"), new Problem("province", "is required")]),
            "invalid input" => new InvalidInputException([new Problem("value", "1.3 is outside [0, 1]")]),
            "authorization" => new AuthorizationException("FinalizeAssessment", "officer-1", "province-administrator", "only an administrator"),
            "not found" => new NotFoundException("There is no round 1."),
            "workflow" => new WorkflowException("Cannot finalize: the assessment is Draft."),
            "concurrency" => new ConcurrencyException("assessment 1 of unit 25993"),
            _ => new InvalidOperationException("a secret of the code"),
        };
        var (answered, problem) = await Handle(exception);

        answered.Should().Be(status);
        problem.GetProperty("detail").GetString().Should().Be(detail);
        problem.ToString().Should().NotContain("secret");
    }

    [Fact]
    public async Task A_validation_problem_lists_every_field()
    {
        var (_, problem) = await Handle(new ValidationException("OpenRound", [new Problem("period", "is required"), new Problem("unitCodes[1]", "unit 1 is not registered"), new Problem("unitCodes[1]", "twice")]));

        var errors = problem.GetProperty("errors");
        errors.EnumerateObject().Select(e => (e.Name, e.Value.GetArrayLength())).Should().Equal(("period", 1), ("unitCodes[1]", 2));
    }

    [Fact]
    public async Task Outside_text_in_a_problem_is_escaped_and_cut_with_its_length()
    {
        // A 9 MiB property name with an escape sequence, as a hostile body's JSON path would name it.
        var name = "\u001b[2J" + new string('p', 9 * 1024 * 1024);
        var (_, problem) = await Handle(new InvalidInputException([new Problem(name, "ESC\u001b[31m red\nforged line")]));

        // 200 characters kept: the escape (1 character, written as 6) and 196 p's, then the whole length 9,437,188.
        var expectedName = "\\u001B[2J" + new string('p', 196) + "… (9437188 characters)";
        var field = problem.GetProperty("errors").EnumerateObject().Should().ContainSingle().Subject;
        field.Name.Should().Be(expectedName);
        field.Value[0].GetString().Should().Be("ESC\\u001B[31m red\\u000Aforged line");
        problem.GetProperty("detail").GetString()!.Length.Should().BeLessThan(2_100);
    }

    // Runs the app's exception handler on one exception, as the middleware does, and reads what it wrote.
    private async Task<(int Status, JsonElement Problem)> Handle(Exception exception)
    {
        using var scope = api.Services.CreateScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        using var body = new MemoryStream();
        context.Response.Body = body;
        var handler = new WorkflowProblems(scope.ServiceProvider.GetRequiredService<IProblemDetailsService>(), NullLogger<WorkflowProblems>.Instance);

        (await handler.TryHandleAsync(context, exception, TestContext.Current.CancellationToken)).Should().BeTrue();

        return (context.Response.StatusCode, JsonDocument.Parse(body.ToArray()).RootElement.Clone());
    }
}
