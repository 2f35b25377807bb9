namespace FriendlyGov.Domain.Feedback;

/// <summary>One citizen's scores, 1 (very dissatisfied) to 5 (very satisfied), for each <see cref="FeedbackAspect"/>.</summary>
public sealed record FeedbackScores
{
    /// <summary>The lowest score.</summary>
    public const int Lowest = 1;

    /// <summary>The highest score.</summary>
    public const int Highest = 5;

    /// <summary>The lowest score that counts as satisfied.</summary>
    public const int Satisfied = 4;

    /// <summary>Creates the scores.</summary>
    /// <param name="access">Access to the service.</param>
    /// <param name="procedure">The procedure.</param>
    /// <param name="official">The official who served.</param>
    /// <param name="result">The result.</param>
    /// <param name="feedbackHandling">The handling of feedback.</param>
    /// <param name="officeSmile">"Office smile".</param>
    /// <exception cref="ArgumentOutOfRangeException">A score is outside 1 to 5.</exception>
    public FeedbackScores(int access, int procedure, int official, int result, int feedbackHandling, int officeSmile)
    {
        Access = Guard.Against.OutOfRange(access, nameof(access), Lowest, Highest);
        Procedure = Guard.Against.OutOfRange(procedure, nameof(procedure), Lowest, Highest);
        Official = Guard.Against.OutOfRange(official, nameof(official), Lowest, Highest);
        Result = Guard.Against.OutOfRange(result, nameof(result), Lowest, Highest);
        FeedbackHandling = Guard.Against.OutOfRange(feedbackHandling, nameof(feedbackHandling), Lowest, Highest);
        OfficeSmile = Guard.Against.OutOfRange(officeSmile, nameof(officeSmile), Lowest, Highest);
    }

    /// <summary>Access to the service.</summary>
    public int Access { get; }

    /// <summary>The procedure.</summary>
    public int Procedure { get; }

    /// <summary>The official who served.</summary>
    public int Official { get; }

    /// <summary>The result.</summary>
    public int Result { get; }

    /// <summary>The handling of feedback.</summary>
    public int FeedbackHandling { get; }

    /// <summary>"Office smile".</summary>
    public int OfficeSmile { get; }

    /// <summary>The score of one aspect.</summary>
    /// <param name="aspect">The aspect.</param>
    /// <returns>Its score, 1 to 5.</returns>
    public int this[FeedbackAspect aspect] => aspect switch
    {
        FeedbackAspect.Access => Access,
        FeedbackAspect.Procedure => Procedure,
        FeedbackAspect.Official => Official,
        FeedbackAspect.Result => Result,
        FeedbackAspect.FeedbackHandling => FeedbackHandling,
        FeedbackAspect.OfficeSmile => OfficeSmile,
        _ => throw new ArgumentOutOfRangeException(nameof(aspect), aspect, null),
    };

    /// <summary>Whether <paramref name="score"/> is a score: a whole number from 1 to 5.</summary>
    /// <param name="score">The number.</param>
    /// <returns><see langword="true"/> from 1 to 5.</returns>
    public static bool IsScore(int score) => score is >= Lowest and <= Highest;
}
