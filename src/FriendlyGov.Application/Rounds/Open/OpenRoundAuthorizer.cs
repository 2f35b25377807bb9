using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;

namespace FriendlyGov.Application.Rounds.Open;

/// <summary>Only a province administrator opens rounds, in their province.</summary>
internal sealed class OpenRoundAuthorizer : IRequestAuthorizer<OpenRound>
{
    /// <inheritdoc />
    public Task<AuthorizationDecision> AuthorizeAsync(OpenRound request, Actor actor, CancellationToken cancellationToken) =>
        Task.FromResult(Rules.AdministratorOf(actor, Guard.Against.Null(request).Province));
}
