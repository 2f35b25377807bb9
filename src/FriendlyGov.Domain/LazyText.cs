namespace FriendlyGov.Domain;

/// <summary>
/// A text written on first read and kept: the many explanations a scoring run makes are mostly
/// never read. Two threads reading at once may both write it (the writers are pure, so both texts
/// are equal); one is kept.
/// </summary>
/// <remarks>
/// A class, not a struct: a struct copied by a <c>readonly</c> field, a <c>with</c> expression or
/// a local would write and keep its text on the copy, silently. As a class every holder shares the
/// one text, whatever the field's modifiers; the cost is one small object per explanation.
/// </remarks>
internal sealed class LazyText
{
    private static readonly Func<object, LocalizedText> CallWriter = static write => ((Func<LocalizedText>)write)();

    private readonly Func<object, LocalizedText> _write;
    private readonly object _state;
    private LocalizedText? _text;

    /// <summary>A text <paramref name="write"/> writes.</summary>
    public LazyText(Func<LocalizedText> write)
        : this(Guard.Against.Null(write), CallWriter)
    {
    }

    /// <summary>
    /// A text <paramref name="write"/> writes from <paramref name="state"/>: with a static writer,
    /// the state is the only object this needs.
    /// </summary>
    public LazyText(object state, Func<object, LocalizedText> write)
    {
        _state = Guard.Against.Null(state);
        _write = Guard.Against.Null(write);
    }

    /// <summary>The text, written on the first read.</summary>
    public LocalizedText Value
    {
        get
        {
            if (Volatile.Read(ref _text) is { } text) return text;
            Interlocked.CompareExchange(ref _text, _write(_state), null);
            return _text!;
        }
    }
}
