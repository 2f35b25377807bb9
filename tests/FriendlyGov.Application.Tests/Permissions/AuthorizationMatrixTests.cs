using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;

namespace FriendlyGov.Application.Tests.Permissions;

/// <summary>
/// Every request of FriendlyGov.Application against every actor of <see cref="MatrixActors"/>
/// (every role, in scope and out of it, and no role): exactly the combinations of
/// <see cref="AuthorizationMatrix"/> are allowed; every other is refused by the rule the matrix
/// names, with an <see cref="AuthorizationException"/>, and leaves the store exactly as it was.
/// </summary>
/// <param name="fixture">The state of each row, shared by the actors it refuses.</param>
public sealed class AuthorizationMatrixTests(MatrixFixture fixture) : IClassFixture<MatrixFixture>
{
    /// <summary>One case per request and actor: the request, the actor and what the matrix expects.</summary>
    public static TheoryData<string, string, string> Combinations()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var scenario in AuthorizationMatrix.Scenarios)
        {
            foreach (var actor in MatrixActors.All.Keys)
                data.Add(scenario.Name, actor, Cell(scenario.ExpectedRule(actor)));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public async Task Only_the_actors_the_matrix_names_may_send_each_request(string request, string actor, string expected)
    {
        var scenario = AuthorizationMatrix.Scenarios.Single(s => s.Name == request);
        var rule = scenario.ExpectedRule(actor);
        expected.Should().Be(Cell(rule), "the case's name shows what the matrix expects");

        if (rule is null)
            await Allowed(scenario, actor);
        else
            await fixture.InSharedWorld(scenario, (world, sent, arranged) => Refused(world, sent, arranged, scenario, actor, rule));
    }

    private static async Task Allowed(MatrixScenario scenario, string actor)
    {
        await using var world = new MatrixWorld();
        var sent = await scenario.Arrange(world);
        var before = world.Snapshot();

        var send = () => world.SendAnyAs(MatrixActors.All[actor], sent);

        await send.Should().NotThrowAsync($"{actor} may send {scenario.Name}");
        var after = world.Snapshot();
        if (IsCommand(sent))
        {
            after.AuditEntries.Should().BeGreaterThan(before.AuditEntries, "an accepted command is audited");
            world.Remembers(RequestIdOf(sent)).Should().BeTrue("an accepted command is remembered under its request id");
        }
        else
        {
            after.Rows.Should().Equal(before.Rows, (a, b) => a.Unchanged(b), "a query changes nothing");
            after.AuditEntries.Should().Be(before.AuditEntries, "a query is not audited");
        }
    }

    private static async Task Refused(MatrixWorld world, object sent, StoreSnapshot arranged, MatrixScenario scenario, string actor, string rule)
    {
        var send = () => world.SendAnyAs(MatrixActors.All[actor], sent);

        var refusal = (await send.Should().ThrowExactlyAsync<AuthorizationException>($"{actor} may not send {scenario.Name}")).Which;
        refusal.Rule.Should().Be(rule);
        refusal.Request.Should().Be(scenario.RequestType.Name);
        refusal.Message.Should().StartWith($"{scenario.RequestType.Name} by {MatrixActors.All[actor].Id} is refused by rule '{rule}': ");

        var after = world.Snapshot();
        after.Rows.Should().Equal(arranged.Rows, (a, b) => a.Unchanged(b), "a refused request changes no aggregate");
        after.AuditEntries.Should().Be(arranged.AuditEntries, "a refused request writes no audit entry");
        after.Notifications.Should().Be(arranged.Notifications, "a refused request publishes nothing");
        if (IsCommand(sent)) world.Remembers(RequestIdOf(sent)).Should().BeFalse("a refused command is not remembered, so someone allowed may still send it");
    }

    [Fact]
    public void The_matrix_has_a_row_for_every_request_of_the_library()
    {
        var requests = typeof(ICommand<>).Assembly.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetInterfaces().Any(IsRequestInterface))
            .Select(t => t.Name)
            .ToHashSet(StringComparer.Ordinal);
        var rows = AuthorizationMatrix.Scenarios.Select(s => s.RequestType.Name).ToHashSet(StringComparer.Ordinal);

        requests.Except(rows).Should().BeEmpty("a new request needs a row in the authorization matrix saying who may send it");
        rows.Except(requests).Should().BeEmpty("every row is about a request of the library");
        requests.Should().Contain([nameof(Assessments.RecordEvidence.RecordEvidence), nameof(Rankings.GetRanking.GetRanking)], "the requests are found by reflection");
    }

    [Fact]
    public void The_matrix_has_actors_of_every_role_in_and_out_of_scope_and_without_a_role()
    {
        var actors = MatrixActors.All.Values.ToList();

        actors.SelectMany(a => a.Roles).Distinct().Should().BeEquivalentTo(Enum.GetValues<ActorRole>(), "every role is in the matrix");
        actors.Should().Contain(a => a.Roles.Count == 0, "someone signed in with no role");
        foreach (var role in Enum.GetValues<ActorRole>())
        {
            actors.Should().Contain(a => a.Has(role) && a.Province == Contract.DongNai.Province, $"a {role} of the requests' province");
            actors.Should().Contain(a => a.Has(role) && a.Province == MatrixActors.OtherProvince, $"a {role} of another province");
        }

        actors.Should().Contain(a => a.Has(ActorRole.UnitOfficer) && a.UnitCode == Contract.DongNai.TanPhong, "the officer of the unit the requests are about");
        actors.Should().Contain(a => a.Has(ActorRole.UnitOfficer) && a.UnitCode != Contract.DongNai.TanPhong, "an officer of another unit");
        actors.Where(a => a.OfficialCode == MatrixActors.ObservedOfficial).Should().HaveCount(2, "an appraiser and an administrator who are the observed official");
    }

    [Fact]
    public void Every_rule_named_in_the_matrix_is_a_rule_of_the_library_and_every_row_allows_someone()
    {
        string[] rules =
        [
            Rules.UnitOfficerOwnUnit, Rules.AppraiserInScope, Rules.AppraiserNotOwnUnit, Rules.ProvinceAdministrator, Rules.ConductDecider,
            Rules.NoSelfConfirmation, Rules.ReaderInScope, Feedback.FeedbackAuthorization.CollectorInScope, Dossiers.DossierAuthorization.ImporterInScope,
        ];

        foreach (var scenario in AuthorizationMatrix.Scenarios)
        {
            scenario.Allowed.Should().NotBeEmpty($"someone may send {scenario.Name}").And.BeSubsetOf(MatrixActors.All.Keys);
            rules.Should().Contain(scenario.RefusedBy);
            scenario.Except.Keys.Should().BeSubsetOf(MatrixActors.All.Keys);
            if (scenario.Except.Count > 0) rules.Should().Contain(scenario.Except.Values);
        }

        AuthorizationMatrix.Scenarios.Select(s => s.Name).Should().OnlyHaveUniqueItems();
    }

    /// <summary>A cell of the matrix as a case's name shows it: "allowed", or "refused by" and the rule.</summary>
    private static string Cell(string? rule) => rule is null ? "allowed" : $"refused by {rule}";

    [Fact]
    public async Task The_snapshot_sees_an_aggregate_added_or_changed_and_an_audit_entry_written()
    {
        await using var world = new MatrixWorld();
        var round = await MatrixSetUp.Round(world, Domain.Assessments.AssessmentState.Draft);
        var before = world.Snapshot();

        await world.SendAs(Contract.Actors.OfficerOf(Contract.DongNai.TanPhong), new Assessments.SubmitSelfAssessment.SubmitSelfAssessment(Guid.NewGuid(), round, Contract.DongNai.TanPhong));
        var after = world.Snapshot();

        // Seven units, one round and Tân Phong's assessment: nine aggregates before and after,
        // the assessment's revision moved on, and the submission wrote one more audit entry.
        before.Rows.Should().HaveCount(9);
        after.Rows.Should().HaveCount(9);
        after.Rows.Where((row, i) => !row.Unchanged(before.Rows[i])).Should().ContainSingle().Which.Kind.Should().Be("Assessment");
        after.AuditEntries.Should().Be(before.AuditEntries + 1);
    }

    private static bool IsRequestInterface(Type type) =>
        type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(ICommand<>) || type.GetGenericTypeDefinition() == typeof(IQuery<>));

    private static bool IsCommand(object request) =>
        request.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>));

    private static Guid RequestIdOf(object request) => (Guid)request.GetType().GetProperty(nameof(ICommand<object>.RequestId))!.GetValue(request)!;
}
