namespace FriendlyGov.Workbooks.Xlsx;

/// <summary>
/// Reads a zip entry and stops with <see cref="InvalidDataException"/> once more than
/// <paramref name="limit"/> bytes come out of it: a zip entry may inflate past the size its
/// directory declares, and that is how a zip bomb gets past a check of declared sizes.
/// </summary>
internal sealed class BoundedStream(Stream inner, long limit) : Stream
{
    private long _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = inner.Read(buffer, offset, (int)Math.Min(count, limit - _read + 1));
        _read += n;
        if (_read > limit) throw new InvalidDataException($"it inflates past {limit.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} bytes");
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
