using FriendlyGov.Domain;
using NodaTime;

namespace FriendlyGov.Samples.DongNai;

/// <summary>
/// A fixed clock the sample steps through the 2025 dates of the 2024 round, so every run
/// records the same instants. A real app registers <see cref="SystemClock.Instance"/>.
/// </summary>
internal sealed class SampleClock : IClock
{
    private Instant _now = At(2025, 1, 6, 8, 0);

    /// <inheritdoc />
    public Instant GetCurrentInstant() => _now;

    /// <summary>Moves the clock to a time of day in Vietnam.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month.</param>
    /// <param name="day">The day.</param>
    /// <param name="hour">The hour in Vietnam.</param>
    public void Set(int year, int month, int day, int hour) => _now = At(year, month, day, hour, 0);

    private static Instant At(int year, int month, int day, int hour, int minute) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(VietnamTime.Zone).ToInstant();
}
