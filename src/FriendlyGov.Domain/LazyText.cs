namespace FriendlyGov.Domain;

/// <summary>
/// A text written on first read and kept: the many explanations a scoring run makes are mostly
/// never read. Two threads reading at once may both write it (the writers are pure, so both texts
/// are equal); one is kept.
/// </summary>
/// <remarks>
/// A class, not a struct: a struct copied by a <c>readonly</c> field, a <c>with</c> expression or
/// a local would write and keep its text on the copy, silently. As a class every holder shares the
/// one text, whatever the field's modifiers. A writer derives from it and holds what it writes
/// from, so that an explanation costs one object, not a holder, a delegate and a closure.
/// </remarks>
internal abstract class LazyText
{
    private LocalizedText? _text;

    /// <summary>The text, written on the first read.</summary>
    public LocalizedText Value => Once(ref _text, this, static text => text.Write());

    /// <summary>A text <paramref name="write"/> writes.</summary>
    /// <param name="write">Writes the text; pure.</param>
    /// <returns>The text, not written yet.</returns>
    public static LazyText Of(Func<LocalizedText> write) => new WrittenBy(Guard.Against.Null(write));

    /// <summary>
    /// The text kept in <paramref name="text"/>, written there by <paramref name="write"/> on the
    /// first read: the one place the "write once, keep one" rule is spelled out, for this class and
    /// for a holder that keeps its text in a field of its own rather than in a <see cref="LazyText"/>.
    /// </summary>
    /// <typeparam name="TState">What the writer needs.</typeparam>
    /// <param name="text">The field that keeps the text; <see langword="null"/> until written.</param>
    /// <param name="state">What the writer needs.</param>
    /// <param name="write">Writes the text; pure, since two threads reading at once may both call it.</param>
    /// <returns>The text kept.</returns>
    public static LocalizedText Once<TState>(ref LocalizedText? text, TState state, Func<TState, LocalizedText> write)
    {
        if (Volatile.Read(ref text) is { } written) return written;
        Interlocked.CompareExchange(ref text, write(state), null);
        return text!;
    }

    /// <summary>Writes the text; pure, since two threads reading at once may both call it.</summary>
    /// <returns>The text.</returns>
    protected abstract LocalizedText Write();

    private sealed class WrittenBy(Func<LocalizedText> write) : LazyText
    {
        protected override LocalizedText Write() => write();
    }
}
