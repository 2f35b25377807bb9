namespace FriendlyGov.Frameworks;

/// <summary>
/// A reader that gives at most a number of characters of another and then throws
/// <see cref="LimitReachedException"/>, so that a reader that never ends (a device, a file
/// that grows) cannot make its consumer read without end.
/// </summary>
/// <param name="inner">The text; not disposed.</param>
/// <param name="maxCharacters">The most characters read.</param>
internal sealed class LimitedTextReader(TextReader inner, long maxCharacters) : TextReader
{
    private long _read;

    /// <inheritdoc />
    public override int Peek() => inner.Peek();

    /// <inheritdoc />
    public override int Read()
    {
        var c = inner.Read();
        if (c >= 0) Count(1);
        return c;
    }

    /// <inheritdoc />
    public override int Read(char[] buffer, int index, int count) => Count(inner.Read(buffer, index, count));

    /// <inheritdoc />
    public override int Read(Span<char> buffer) => Count(inner.Read(buffer));

    /// <inheritdoc />
    public override async ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

    private int Count(int read)
    {
        _read += read;
        if (_read > maxCharacters) throw new LimitReachedException();
        return read;
    }

    /// <summary>The text went on past the limit.</summary>
    internal sealed class LimitReachedException : Exception
    {
        public LimitReachedException()
            : base("The text is longer than the limit.")
        {
        }
    }
}
