namespace FriendlyGov.Domain.Conduct;

/// <summary>An official's role in a unit's government.</summary>
public enum OfficialRole
{
    /// <summary>The head of government (người đứng đầu), code <c>head</c>.</summary>
    Head,

    /// <summary>A deputy head (cấp phó), code <c>deputy</c>.</summary>
    Deputy,

    /// <summary>A cadre or civil servant (cán bộ, công chức), code <c>staff</c>.</summary>
    Staff,
}
