namespace FriendlyGov.Domain;

/// <summary>
/// A text written on first read and kept, held inline in its owner (a struct, so no object of its
/// own): the many explanations a scoring run makes are mostly never read. Two threads reading at
/// once may both write it (the writers are pure, so both texts are equal); one is kept. The owner
/// must hold it in a field that is not <c>readonly</c>, or each read would work on a copy.
/// </summary>
internal struct LazyText(Func<LocalizedText> write)
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
