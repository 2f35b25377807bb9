using System.Reflection;
using PublicApiGenerator;

namespace FriendlyGov.PublicApi.Tests;

/// <summary>
/// The public API of every package is tracked in <c>api/*.approved.txt</c>, so a change to it is
/// deliberate: when it changes, this test fails and writes the new API beside the approved one as
/// <c>*.received.txt</c>; review the difference and copy the received file over the approved one
/// (or run the tests with <c>FRIENDLYGOV_APPROVE_API=1</c>).
/// </summary>
public sealed class PublicApiTests
{
    public static TheoryData<string> Packages() =>
    [
        "FriendlyGov.Domain", "FriendlyGov.Frameworks", "FriendlyGov.Application", "FriendlyGov.Infrastructure", "FriendlyGov.Infrastructure.Sqlite", "FriendlyGov.Infrastructure.PostgreSql", "FriendlyGov.Testing", "FriendlyGov.Reporting", "FriendlyGov.Workbooks", "friendlygov",
    ];

    [Theory]
    [MemberData(nameof(Packages))]
    public void The_public_API_is_the_approved_one(string assemblyName)
    {
        var api = Assembly.Load(assemblyName).GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false });
        var folder = RepositoryRoot.Combine("api");
        var approved = Path.Combine(folder, assemblyName + ".approved.txt");
        var received = Path.Combine(folder, assemblyName + ".received.txt");

        if (Environment.GetEnvironmentVariable("FRIENDLYGOV_APPROVE_API") == "1")
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(approved, api);
        }

        var expected = File.Exists(approved) ? File.ReadAllText(approved) : string.Empty;
        if (Normalize(expected) == Normalize(api))
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(received, api);
        Assert.Fail($"The public API of {assemblyName} changed: compare {received} with {approved}, and if the change is meant, approve it by copying the received file over the approved one.");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}
