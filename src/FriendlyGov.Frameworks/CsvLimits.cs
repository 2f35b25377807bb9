namespace FriendlyGov.Frameworks;

/// <summary>
/// How much of a CSV file (dossier statistics) FriendlyGov agrees to read: a file larger or
/// longer than this is refused with a problem naming the limit, checked while reading, before it
/// can use up memory or time.
/// </summary>
/// <remarks>
/// The defaults (16 MiB, 200,000 data rows, 1,000 characters a field) are far above any real
/// file: a province's communes and wards for every month of a year are a few thousand rows of
/// about 40 bytes. Raise them only for files you trust.
/// </remarks>
public sealed record CsvLimits
{
    /// <summary>The default largest file, 16 MiB.</summary>
    public const long DefaultMaxBytes = 16 * 1024 * 1024;

    /// <summary>The default most data rows (the header not counted), 200,000.</summary>
    public const int DefaultMaxRows = 200_000;

    /// <summary>The default longest field, 1,000 characters.</summary>
    public const int DefaultMaxFieldLength = 1_000;

    /// <summary>The defaults: 16 MiB, 200,000 rows, 1,000 characters a field.</summary>
    public static CsvLimits Default { get; } = new();

    /// <summary>
    /// The largest file read, in bytes: a file is refused before it is opened when it says it is
    /// larger, and while reading when it turns out larger (a file that grows); text given as a
    /// reader is limited to as many characters.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public long MaxBytes
    {
        get;
        init => field = Guard.Against.NegativeOrZero(value);
    } = DefaultMaxBytes;

    /// <summary>The most data rows read; the header and blank lines are not counted.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxRows
    {
        get;
        init => field = Guard.Against.NegativeOrZero(value);
    } = DefaultMaxRows;

    /// <summary>The longest field, in characters; a longer one is a problem of its row and column, quoted cut short.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxFieldLength
    {
        get;
        init => field = Guard.Against.NegativeOrZero(value);
    } = DefaultMaxFieldLength;
}
