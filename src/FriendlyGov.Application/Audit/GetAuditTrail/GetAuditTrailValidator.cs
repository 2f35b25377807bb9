using FriendlyGov.Application.Validation;

namespace FriendlyGov.Application.Audit.GetAuditTrail;

/// <summary>Checks <see cref="GetAuditTrail"/>: the unit code is five digits.</summary>
internal sealed class GetAuditTrailValidator() : UnitCodeValidator<GetAuditTrail>(request => request.UnitCode);
