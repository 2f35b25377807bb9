using FriendlyGov.Application.Assessments;
using FriendlyGov.Application.Authorization;

namespace FriendlyGov.Application.Audit.GetAuditTrail;

/// <summary>Only an appraiser or administrator of the round's province reads an assessment's audit trail.</summary>
/// <param name="lookup">Finds the round.</param>
internal sealed class GetAuditTrailAuthorizer(AssessmentLookup lookup)
    : RoundAuthorizer<GetAuditTrail>(lookup, r => r.RoundId, (actor, round, _) => Rules.ReaderOf(actor, round.Province));
