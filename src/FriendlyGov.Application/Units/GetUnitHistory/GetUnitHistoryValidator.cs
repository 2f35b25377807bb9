using FriendlyGov.Application.Validation;

namespace FriendlyGov.Application.Units.GetUnitHistory;

/// <summary>Checks <see cref="GetUnitHistory"/>: the unit code is five digits.</summary>
internal sealed class GetUnitHistoryValidator() : UnitCodeValidator<GetUnitHistory>(request => request.UnitCode);
