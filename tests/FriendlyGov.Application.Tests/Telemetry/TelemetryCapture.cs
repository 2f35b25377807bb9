using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using FriendlyGov.Application.Telemetry;
using Microsoft.Extensions.Logging;

namespace FriendlyGov.Application.Tests.Telemetry;

/// <summary>
/// Listens, in memory, to the workflow's spans, measurements and log events during one test.
/// Listeners are process-wide and other tests run at the same time, so only what happens under
/// this capture's own root activity is kept: spans whose root is it, measurements taken while it
/// is the current root. Log events come from <see cref="Loggers"/>, given to that test's services only.
/// </summary>
public sealed class TelemetryCapture : IDisposable
{
    private readonly ActivityListener _spans;
    private readonly MeterListener _meters = new();
    private readonly Activity _root;

    /// <summary>Starts listening; the root activity stays current for the rest of the test's async flow.</summary>
    public TelemetryCapture()
    {
        _spans = new ActivityListener
        {
            ShouldListenTo = source => source.Name == FriendlyGovTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.RootId == _root?.RootId) Spans.Enqueue(activity);
            },
        };
        ActivitySource.AddActivityListener(_spans);
        _root = new Activity("FriendlyGov.Tests.Telemetry").Start();

        _meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == FriendlyGovTelemetry.Name) listener.EnableMeasurementEvents(instrument);
        };
        _meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Keep(instrument, value, tags));
        _meters.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Keep(instrument, value, tags));
        _meters.Start();
    }

    /// <summary>The workflow's spans that ended, in the order they ended.</summary>
    public ConcurrentQueue<Activity> Spans { get; } = new();

    /// <summary>Every measurement: the instrument's name, the value, and the tags.</summary>
    public ConcurrentQueue<(string Instrument, string Unit, double Value, Dictionary<string, object?> Tags)> Measurements { get; } = new();

    /// <summary>A logger factory that keeps every event in <see cref="Events"/>; give it to the services under test.</summary>
    public ILoggerFactory Loggers => new CapturingLoggers(Events);

    /// <summary>The log events: category, level, event id and name, message, exception.</summary>
    public ConcurrentQueue<(string Category, LogLevel Level, EventId Id, string Message, Exception? Exception)> Events { get; } = new();

    /// <inheritdoc />
    public void Dispose()
    {
        _root.Dispose();
        _meters.Dispose();
        _spans.Dispose();
    }

    private void Keep<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        where T : struct
    {
        if (Activity.Current is not { } current || current.RootId != _root?.RootId) return;
        var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var tag in tags) copy[tag.Key] = tag.Value;
        Measurements.Enqueue((instrument.Name, instrument.Unit ?? string.Empty, Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture), copy));
    }

    private sealed class CapturingLoggers(ConcurrentQueue<(string, LogLevel, EventId, string, Exception?)> events) : ILoggerFactory
    {
        public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, events);

        public void AddProvider(ILoggerProvider provider) => throw new NotSupportedException();

        public void Dispose()
        {
        }
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<(string, LogLevel, EventId, string, Exception?)> events) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            events.Enqueue((category, logLevel, eventId, formatter(state, exception), exception));
    }
}
