using FriendlyGov.Application.Validation;

namespace FriendlyGov.Application.Scorecards.GetWhatItWouldTake;

/// <summary>Checks <see cref="GetWhatItWouldTake"/>: the unit code is five digits.</summary>
internal sealed class GetWhatItWouldTakeValidator() : UnitCodeValidator<GetWhatItWouldTake>(request => request.UnitCode);
