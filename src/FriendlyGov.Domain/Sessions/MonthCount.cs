using NodaTime;

namespace FriendlyGov.Domain.Sessions;

/// <summary>How many sessions a unit held in one calendar month.</summary>
/// <param name="Month">The month.</param>
/// <param name="Sessions">How many sessions were held in it; 0 or more.</param>
public sealed record MonthCount(YearMonth Month, int Sessions);
