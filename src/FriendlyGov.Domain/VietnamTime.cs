using NodaTime;

namespace FriendlyGov.Domain;

/// <summary>Vietnam's local time, in which periods and deadlines are calendar dates.</summary>
public static class VietnamTime
{
    /// <summary>Asia/Ho_Chi_Minh: UTC+7, no daylight saving.</summary>
    public static DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];

    /// <summary>The local date in Vietnam at an instant.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The date in Asia/Ho_Chi_Minh.</returns>
    public static LocalDate DateAt(Instant instant) => instant.InZone(Zone).Date;
}
