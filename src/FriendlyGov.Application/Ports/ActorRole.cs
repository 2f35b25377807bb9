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

    /// <summary>
    /// A feedback channel (kênh đánh giá): the kiosk, QR page or portal that forwards citizens'
    /// anonymous ratings, or the clerk who types in paper forms. Scoped to a province, or to one
    /// unit when <see cref="Actor.UnitCode"/> is set (a kiosk at that unit's desk).
    /// </summary>
    FeedbackCollector,

    /// <summary>
    /// A system that imports statistics (such as dossier counts from the one-stop system), scoped
    /// to a province, or to every province when <see cref="Actor.Province"/> is not set.
    /// </summary>
    DataImporter,
}
