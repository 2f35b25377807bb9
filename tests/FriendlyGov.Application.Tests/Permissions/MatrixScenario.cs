namespace FriendlyGov.Application.Tests.Permissions;

/// <summary>
/// One row of the authorization matrix: a request, the state it needs and who may send it.
/// </summary>
/// <param name="Name">The request's name, with its variant where one request type has several rows, such as <c>RecordEvidence (Self)</c>.</param>
/// <param name="RequestType">The request type.</param>
/// <param name="Arrange">Sets up the state the request needs (each step sent by the actor allowed to take it) and returns the request.</param>
/// <param name="Allowed">The actors (<see cref="MatrixActors"/>) allowed to send it.</param>
/// <param name="RefusedBy">The rule that refuses everyone else.</param>
/// <param name="Except">Actors refused by another rule than <paramref name="RefusedBy"/>.</param>
public sealed record MatrixScenario(
    string Name,
    Type RequestType,
    Func<MatrixWorld, Task<object>> Arrange,
    IReadOnlySet<string> Allowed,
    string RefusedBy,
    IReadOnlyDictionary<string, string> Except)
{
    /// <summary>The rule that refuses <paramref name="actor"/>, or <see langword="null"/> when the actor is allowed.</summary>
    /// <param name="actor">An actor's name in <see cref="MatrixActors"/>.</param>
    /// <returns>The rule, or <see langword="null"/>.</returns>
    public string? ExpectedRule(string actor) =>
        Allowed.Contains(actor) ? null : Except.TryGetValue(actor, out var rule) ? rule : RefusedBy;
}
