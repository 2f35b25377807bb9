using FriendlyGov.Application.Assessments;
using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;

namespace FriendlyGov.Application.Rankings.GetRanking;

/// <summary>Anyone with a role in the round's province, or an officer of a unit in the round, reads its ranking.</summary>
/// <param name="lookup">Finds the round.</param>
internal sealed class GetRankingAuthorizer(AssessmentLookup lookup) : IRequestAuthorizer<GetRanking>
{
    /// <inheritdoc />
    public async Task<AuthorizationDecision> AuthorizeAsync(GetRanking request, Actor actor, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        Guard.Against.Null(actor);
        var round = await lookup.RoundAsync(request.RoundId, cancellationToken).ConfigureAwait(false);
        var roleInProvince = actor.Roles.Count > 0 && actor.Province == round.Province;
        var officerInRound = actor.Has(ActorRole.UnitOfficer) && actor.UnitCode is { } unit && round.UnitCodes.Contains(unit, StringComparer.Ordinal);
        return roleInProvince || officerInRound
            ? AuthorizationDecision.Allow
            : AuthorizationDecision.Refuse(Rules.ReaderInScope, $"only someone with a role in {round.Province}, or an officer of a unit in round {round.Id}, may read its ranking");
    }
}
