using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;

namespace FriendlyGov.Application.Assessments.Appeal;

/// <summary>Only a province administrator of the round's province reopens an assessment on appeal.</summary>
/// <param name="lookup">Finds the round.</param>
internal sealed class FileAppealAuthorizer(AssessmentLookup lookup) : IRequestAuthorizer<FileAppeal>
{
    /// <inheritdoc />
    public async Task<AuthorizationDecision> AuthorizeAsync(FileAppeal request, Actor actor, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var round = await lookup.RoundAsync(request.RoundId, cancellationToken).ConfigureAwait(false);
        return Rules.AdministratorOf(actor, round.Province);
    }
}
