namespace FriendlyGov.Domain.Conduct;

/// <summary>The file codes of <see cref="OfficialRole"/> values.</summary>
public static class OfficialRoles
{
    private static readonly CodeTable<OfficialRole> Codes = new("head", "deputy", "staff");

    /// <summary>Every file code, in the order of <see cref="OfficialRole"/>.</summary>
    public static IReadOnlyList<string> AllCodes => Codes.All;

    /// <summary>The file code: <c>head</c>, <c>deputy</c> or <c>staff</c>.</summary>
    /// <param name="role">The role.</param>
    /// <returns>Its code.</returns>
    public static string ToCode(this OfficialRole role) => Codes.ToCode(role);

    /// <summary>The role with a file code.</summary>
    /// <param name="code">A code such as <c>head</c>.</param>
    /// <param name="role">The role, when the code is known.</param>
    /// <returns>Whether the code is known.</returns>
    public static bool TryParse(string code, out OfficialRole role) => Codes.TryParse(code, out role);
}
