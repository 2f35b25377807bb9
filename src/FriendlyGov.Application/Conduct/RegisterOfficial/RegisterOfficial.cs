using FriendlyGov.Domain.Conduct;
using NodaTime;

namespace FriendlyGov.Application.Conduct.RegisterOfficial;

/// <summary>Registers an official (cán bộ, công chức) under a pseudonymous code, with a first posting in a unit.</summary>
/// <remarks>
/// Who may send it: a province administrator of the unit's province.
/// What it changes: adds the official with one posting, open-ended from <see cref="From"/>. The
/// unit must be registered; a code already registered is refused.
/// What it raises: nothing.
/// </remarks>
/// <param name="RequestId">The client's id for this request.</param>
/// <param name="Code">The pseudonymous code: letters, digits and inner <c>-</c>, such as <c>CB-017</c>.</param>
/// <param name="DisplayName">The name shown in reports, as the integrator chooses.</param>
/// <param name="UnitCode">The unit of the first posting: the one with this code that existed on <see cref="From"/>.</param>
/// <param name="Role">The role held there.</param>
/// <param name="From">The first day of the posting.</param>
public sealed record RegisterOfficial(Guid RequestId, string Code, string DisplayName, string UnitCode, OfficialRole Role, LocalDate From) : ICommand<Guid>;
