namespace FriendlyGov.Domain.Feedback;

/// <summary>A citizen's text with its personal data removed, and how much was removed.</summary>
/// <param name="Text">The text with placeholders where personal data stood.</param>
/// <param name="PhoneNumbers">How many phone numbers were removed.</param>
/// <param name="IdNumbers">How many citizen ID numbers were removed.</param>
/// <param name="EmailAddresses">How many e-mail addresses were removed.</param>
public sealed record RedactedText(string Text, int PhoneNumbers, int IdNumbers, int EmailAddresses)
{
    /// <summary>How many items were removed in all.</summary>
    public int Removed => PhoneNumbers + IdNumbers + EmailAddresses;
}
