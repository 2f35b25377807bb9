using FriendlyGov.Application.Validation;

namespace FriendlyGov.Application.Scorecards.GetLiveScorecard;

/// <summary>Checks <see cref="GetLiveScorecard"/>: the unit code is five digits.</summary>
internal sealed class GetLiveScorecardValidator() : UnitCodeValidator<GetLiveScorecard>(request => request.UnitCode);
