namespace FriendlyGov.Domain.Evidence;

/// <summary>Who gave a piece of evidence.</summary>
public enum EvidenceSource
{
    /// <summary>The unit itself, in its self-assessment (tự đánh giá).</summary>
    Self,

    /// <summary>The appraisal council (thẩm định); counts instead of self-assessment where both exist.</summary>
    Appraisal,
}
