namespace FriendlyGov.Frameworks;

/// <summary>
/// How much of a JSON document FriendlyGov agrees to read: a file larger or more deeply nested
/// than this is refused with a problem naming the limit, before it can use up memory or stack.
/// </summary>
/// <remarks>
/// The defaults (10 MiB, 64 levels) are far above any real framework, evidence or fixture file:
/// the largest built-in framework is about 40 KiB and 8 levels deep. Raise them only for files
/// you trust.
/// </remarks>
public sealed record JsonLimits
{
    /// <summary>The default largest document, 10 MiB.</summary>
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    /// <summary>The default deepest nesting of arrays and objects, 64 levels.</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>The defaults: 10 MiB and 64 levels.</summary>
    public static JsonLimits Default { get; } = new();

    /// <summary>The largest document read, in bytes; a file is refused before it is read whole.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public long MaxBytes
    {
        get;
        init => field = Guard.Against.NegativeOrZero(value);
    } = DefaultMaxBytes;

    /// <summary>The deepest nesting of arrays and objects; the document itself is level 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not between 1 and 1,000.</exception>
    public int MaxDepth
    {
        get;
        init => field = Guard.Against.OutOfRange(value, nameof(MaxDepth), 1, 1000);
    } = DefaultMaxDepth;
}
