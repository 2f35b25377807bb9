namespace FriendlyGov.Domain.Conduct;

/// <summary>Where a conduct observation came from.</summary>
public enum ObservationSource
{
    /// <summary>A citizen's report (phản ánh của người dân).</summary>
    CitizenReport,

    /// <summary>A supervisor's observation (cấp trên quản lý).</summary>
    Supervisor,

    /// <summary>An inspection (thanh tra, kiểm tra).</summary>
    Inspection,

    /// <summary>The official's own report (tự báo cáo).</summary>
    SelfReport,
}
