using FriendlyGov.Application.Authorization;

namespace FriendlyGov.Application.Assessments.Appeal;

/// <summary>Only a province administrator of the round's province reopens an assessment on appeal.</summary>
/// <param name="lookup">Finds the round.</param>
internal sealed class FileAppealAuthorizer(AssessmentLookup lookup)
    : RoundAuthorizer<FileAppeal>(lookup, r => r.RoundId, (actor, round, _) => Rules.AdministratorOf(actor, round.Province));
