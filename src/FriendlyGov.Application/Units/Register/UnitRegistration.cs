using FriendlyGov.Domain.Units;
using NodaTime;

namespace FriendlyGov.Application.Units.Register;

/// <summary>One unit to register.</summary>
/// <param name="Code">The official five-digit code.</param>
/// <param name="Kind">The kind.</param>
/// <param name="Name">The official name.</param>
/// <param name="Province">The province's short name.</param>
/// <param name="ExistedFrom">The first day it existed in this form.</param>
/// <param name="ExistedUntil">The last day, if it no longer exists.</param>
/// <param name="District">The district, for units before 1 July 2025.</param>
public sealed record UnitRegistration(string Code, UnitKind Kind, string Name, string Province, LocalDate ExistedFrom, LocalDate? ExistedUntil = null, string? District = null);
