using FriendlyGov.Application.Validation;

namespace FriendlyGov.Application.Assessments.GetAssessment;

/// <summary>Checks <see cref="GetAssessment"/>: the unit code is five digits.</summary>
internal sealed class GetAssessmentValidator() : UnitCodeValidator<GetAssessment>(request => request.UnitCode);
