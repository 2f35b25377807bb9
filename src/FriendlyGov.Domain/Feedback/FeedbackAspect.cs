namespace FriendlyGov.Domain.Feedback;

/// <summary>
/// What a citizen rates, from 1 (very dissatisfied) to 5 (very satisfied): the five aspects of
/// SIPAS, the index of satisfaction with public administrative services, and the province's
/// "Office smile".
/// </summary>
public enum FeedbackAspect
{
    /// <summary>Access to the service (tiếp cận dịch vụ); code <c>access</c>.</summary>
    Access,

    /// <summary>The administrative procedure (thủ tục hành chính); code <c>procedure</c>.</summary>
    Procedure,

    /// <summary>The official who served (công chức trực tiếp giải quyết); code <c>official</c>.</summary>
    Official,

    /// <summary>The result of the service (kết quả giải quyết); code <c>result</c>.</summary>
    Result,

    /// <summary>How feedback and complaints are handled (tiếp nhận, xử lý góp ý, phản ánh, kiến nghị); code <c>feedback-handling</c>.</summary>
    FeedbackHandling,

    /// <summary>"Office smile" (Nụ cười công sở): the courtesy of the office; code <c>office-smile</c>.</summary>
    OfficeSmile,
}
