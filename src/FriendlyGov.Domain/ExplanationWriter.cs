using System.Text;

namespace FriendlyGov.Domain;

/// <summary>
/// Writes one explanation in Vietnamese and English in the same pass: each figure is formatted
/// once for both (only the decimal point differs), and a method's working is written straight
/// into the indicator's sentence rather than kept as a string and copied into it.
/// </summary>
/// <remarks>
/// <see cref="Rent"/> hands out the calling thread's writer, and <see cref="Finish"/> gives it
/// back, so that writing 25 explanations a unit reuses two buffers. A writer never finished (an
/// exception mid-sentence) is simply not reused, and a nested <see cref="Rent"/> gets a new one.
/// </remarks>
internal sealed class ExplanationWriter
{
    [ThreadStatic]
    private static ExplanationWriter? _idle;

    private readonly StringBuilder _vi = new(256);
    private readonly StringBuilder _en = new(256);

    private ExplanationWriter()
    {
    }

    /// <summary>The Vietnamese text so far, for a part whose words differ in order between the languages.</summary>
    public StringBuilder Vi => _vi;

    /// <summary>The English text so far, for a part whose words differ in order between the languages.</summary>
    public StringBuilder En => _en;

    /// <summary>An empty writer: this thread's idle one, or a new one.</summary>
    public static ExplanationWriter Rent()
    {
        var writer = _idle ?? new ExplanationWriter();
        _idle = null;
        return writer;
    }

    /// <summary>The text written, after which this writer is empty and idle again.</summary>
    public LocalizedText Finish()
    {
        var text = new LocalizedText(_vi.ToString(), _en.ToString());
        _vi.Clear();
        _en.Clear();
        _idle = this;
        return text;
    }

    /// <summary>Writes the same words' two translations.</summary>
    public ExplanationWriter Words(string vi, string en)
    {
        _vi.Append(vi);
        _en.Append(en);
        return this;
    }

    /// <summary>Writes a text that reads the same in both languages (an indicator id, a rule, a note).</summary>
    public ExplanationWriter Same(string text)
    {
        _vi.Append(text);
        _en.Append(text);
        return this;
    }

    /// <summary>Writes a text already in both languages.</summary>
    public ExplanationWriter Text(LocalizedText text)
    {
        _vi.Append(text.Vi);
        _en.Append(text.En);
        return this;
    }

    /// <summary>Writes a figure as <see cref="Figures.Format"/> and <see cref="Figures.FormatVi"/> do, formatted once.</summary>
    public ExplanationWriter Figure(decimal value)
    {
        Span<char> text = stackalloc char[FigureText.MaxLength];
        var figure = text[..FigureText.Write(value, '.', text)];
        _en.Append(figure);
        var point = figure.IndexOf('.');
        if (point >= 0) figure[point] = ',';
        _vi.Append(figure);
        return this;
    }

    /// <summary>Writes a figure as <see cref="Figures.FormatApproximate"/> does: six decimals at most, then "…" if shortened.</summary>
    public ExplanationWriter Approximate(decimal value)
    {
        var shortened = Math.Round(value, 6, MidpointRounding.ToZero);
        Figure(shortened);
        return shortened == value ? this : Same("…");
    }

    /// <summary>Writes what an indicator's working comes to: " → 4.5/5 điểm." and " → 4.5 of 5 points.".</summary>
    /// <param name="points">The points scored, rounded.</param>
    /// <param name="max">The indicator's maximum.</param>
    public ExplanationWriter Outcome(decimal points, decimal max) =>
        Same(" → ").Figure(points).Words("/", " of ").Figure(max).Words(" điểm.", " points.");

    /// <summary>Writes a figure with its sign, "+" when above zero.</summary>
    public ExplanationWriter Signed(decimal value) => (value > 0 ? Same("+") : this).Figure(value);
}
