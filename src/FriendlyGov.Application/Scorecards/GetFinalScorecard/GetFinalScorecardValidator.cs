using FriendlyGov.Application.Validation;

namespace FriendlyGov.Application.Scorecards.GetFinalScorecard;

/// <summary>Checks <see cref="GetFinalScorecard"/>: the unit code is five digits.</summary>
internal sealed class GetFinalScorecardValidator() : UnitCodeValidator<GetFinalScorecard>(request => request.UnitCode);
