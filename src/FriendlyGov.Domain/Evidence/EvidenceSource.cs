namespace FriendlyGov.Domain.Evidence;

/// <summary>Who gave a piece of evidence.</summary>
public enum EvidenceSource
{
    /// <summary>The unit itself, in its self-assessment (tự đánh giá).</summary>
    Self,

    /// <summary>The appraisal council (thẩm định); counts instead of self-assessment where both exist.</summary>
    Appraisal,

    /// <summary>Derived from recorded data, such as the confirmed conduct breaches of a <c>conduct</c> indicator.</summary>
    Derived,
}
