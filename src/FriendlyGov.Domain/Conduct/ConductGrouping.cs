namespace FriendlyGov.Domain.Conduct;

/// <summary>How conduct observations are grouped in a summary.</summary>
public enum ConductGrouping
{
    /// <summary>One row per official.</summary>
    Official,

    /// <summary>One row per unit.</summary>
    Unit,

    /// <summary>One row per rule group, such as "4 xin" or "5 không".</summary>
    RuleGroup,

    /// <summary>One row for everything.</summary>
    All,
}
