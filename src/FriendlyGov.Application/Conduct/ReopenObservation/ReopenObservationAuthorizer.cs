using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Application.Conduct.ReopenObservation;

/// <summary>An appraiser or administrator of the observation's province, never the official observed.</summary>
/// <param name="observations">Finds the observation.</param>
/// <param name="units">Finds its unit's province.</param>
internal sealed class ReopenObservationAuthorizer(IReadRepository<ConductObservation> observations, IReadRepository<AdministrativeUnit> units)
    : ObservationStepAuthorizer<ReopenObservation>(observations, units);
