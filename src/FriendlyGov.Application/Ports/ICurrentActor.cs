namespace FriendlyGov.Application.Ports;

/// <summary>The actor sending the current request: where an integrator plugs in real sign-in.</summary>
public interface ICurrentActor
{
    /// <summary>The actor.</summary>
    Actor Actor { get; }
}
