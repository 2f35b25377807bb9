namespace FriendlyGov.Application.Ports;

/// <summary>What an actor may do in the workflow.</summary>
public enum ActorRole
{
    /// <summary>An officer of one unit (cán bộ đơn vị): records and submits that unit's self-assessment.</summary>
    UnitOfficer,

    /// <summary>An appraiser (thẩm định viên) within a province: appraises units other than their own; confirms or dismisses conduct observations.</summary>
    Appraiser,

    /// <summary>A province administrator: registers units, opens rounds, finalizes and reopens on appeal.</summary>
    ProvinceAdministrator,
}
