namespace FriendlyGov.Domain.Disclosures;

/// <summary>How a commune makes information public (Article 12 of Law No. 10/2022/QH15).</summary>
public enum DisclosureChannel
{
    /// <summary>Posted on the notice board at the commune People's Committee's office (niêm yết tại trụ sở), code <c>notice-board</c>.</summary>
    NoticeBoard,

    /// <summary>Broadcast on the commune radio (hệ thống truyền thanh cấp xã), code <c>radio</c>.</summary>
    Radio,

    /// <summary>Published on the commune's web portal (trang thông tin điện tử), code <c>web-portal</c>.</summary>
    WebPortal,

    /// <summary>Announced at village or residential-group meetings (hội nghị thôn, tổ dân phố), code <c>village-meeting</c>.</summary>
    VillageMeeting,
}
