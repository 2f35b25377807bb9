namespace FriendlyGov.Domain;

/// <summary>
/// A text written on first read and kept: lighter than <see cref="Lazy{T}"/> for the many
/// explanations a scoring run makes and mostly never reads. Two threads reading at once may both
/// write it (the writers are pure, so both texts are equal); one is kept.
/// </summary>
internal sealed class LazyText(Func<LocalizedText> write)
{
    private readonly Func<LocalizedText> _write = Guard.Against.Null(write);
    private LocalizedText? _text;

    public LocalizedText Value
    {
        get
        {
            if (Volatile.Read(ref _text) is { } text) return text;
            Interlocked.CompareExchange(ref _text, _write(), null);
            return _text!;
        }
    }
}
