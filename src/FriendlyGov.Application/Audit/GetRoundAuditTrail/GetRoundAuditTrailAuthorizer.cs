using FriendlyGov.Application.Assessments;
using FriendlyGov.Application.Authorization;

namespace FriendlyGov.Application.Audit.GetRoundAuditTrail;

/// <summary>Only an appraiser or administrator of the round's province reads the round's audit trail.</summary>
/// <param name="lookup">Finds the round.</param>
internal sealed class GetRoundAuditTrailAuthorizer(AssessmentLookup lookup)
    : RoundAuthorizer<GetRoundAuditTrail>(lookup, r => r.RoundId, (actor, round, _) => Rules.ReaderOf(actor, round.Province));
