using FriendlyGov.Application.Ports;

namespace FriendlyGov.Application.Tests.InMemory;

/// <summary>The current actor of a test's scope, set before each request.</summary>
public sealed class TestActor : ICurrentActor
{
    /// <inheritdoc />
    public Actor Actor { get; set; } = new("nobody", new HashSet<ActorRole>());
}
