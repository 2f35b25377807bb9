namespace FriendlyGov.Domain;

/// <summary>A text shown to people, in Vietnamese and English, both normalized to Unicode NFC.</summary>
public sealed record LocalizedText
{
    /// <summary>Creates a bilingual text.</summary>
    /// <param name="vi">The Vietnamese text; not blank.</param>
    /// <param name="en">The English text; not blank.</param>
    public LocalizedText(string vi, string en)
    {
        Vi = NfcText.Of(Guard.Against.NullOrWhiteSpace(vi));
        En = NfcText.Of(Guard.Against.NullOrWhiteSpace(en));
    }

    /// <summary>The Vietnamese text (tiếng Việt).</summary>
    public string Vi { get; }

    /// <summary>The English text.</summary>
    public string En { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Vi} ({En})";
}
