namespace FriendlyGov.Domain.Tests.Properties;

/// <summary>How many random cases each property tries.</summary>
/// <remarks>
/// Enough to meet every method, cap and rounding mode many times, few enough that each property
/// runs in a few seconds on two cores. CsCheck prints the seed of a failing case; set
/// <c>CsCheck_Seed</c> to that seed to run it again.
/// </remarks>
internal static class PropertyRuns
{
    /// <summary>Cases for a property over whole frameworks and evidence.</summary>
    public const int Frameworks = 300;

    /// <summary>Cases for a property over one method and two pieces of evidence.</summary>
    public const int Methods = 2_000;
}
