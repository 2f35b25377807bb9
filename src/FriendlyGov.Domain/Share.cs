namespace FriendlyGov.Domain;

/// <summary>A share counted out of a whole, such as 3 issues resolved by their deadline out of 4 due.</summary>
/// <param name="Count">How many count towards the share; 0 to <paramref name="OutOf"/>.</param>
/// <param name="OutOf">How many there are in all; 0 or more.</param>
public sealed record Share(int Count, int OutOf)
{
    /// <summary>The share in [0, 1], exact; <see langword="null"/> when there is nothing to count (<see cref="OutOf"/> is 0).</summary>
    public decimal? Value => OutOf == 0 ? null : (decimal)Count / OutOf;

    /// <summary>The share written as <c>3/4</c>.</summary>
    public override string ToString() => $"{Count}/{OutOf}";
}
