namespace FriendlyGov.Domain.Criteria.Sources;

/// <summary>The shape of the figure a data source measures, which decides the methods it can feed.</summary>
public enum DataShape
{
    /// <summary>A share: so many of so many (<c>numerator</c> of <c>denominator</c>); feeds the <c>ratio</c> method.</summary>
    Share,

    /// <summary>An average of ratings over a number of responses; feeds the <c>scale</c> method.</summary>
    Average,

    /// <summary>A whole count; feeds the <c>bands</c> method (as its value) and the <c>deduction</c> method.</summary>
    Count,

    /// <summary>A condition that holds or not; feeds the <c>check</c> method.</summary>
    Met,
}
