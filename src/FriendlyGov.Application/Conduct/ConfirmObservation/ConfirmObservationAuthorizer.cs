using FriendlyGov.Application.Units;

namespace FriendlyGov.Application.Conduct.ConfirmObservation;

/// <summary>An appraiser or administrator of the observation's province, never the official observed.</summary>
/// <param name="conduct">Finds the observation.</param>
/// <param name="units">Finds its unit's province.</param>
internal sealed class ConfirmObservationAuthorizer(ConductLookup conduct, UnitLookup units)
    : ObservationStepAuthorizer<ConfirmObservation>(conduct, units);
