using FriendlyGov.Application.Units;

namespace FriendlyGov.Application.Conduct.DismissObservation;

/// <summary>An appraiser or administrator of the observation's province, never the official observed.</summary>
/// <param name="conduct">Finds the observation.</param>
/// <param name="units">Finds its unit's province.</param>
internal sealed class DismissObservationAuthorizer(ConductLookup conduct, UnitLookup units)
    : ObservationStepAuthorizer<DismissObservation>(conduct, units);
