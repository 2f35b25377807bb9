namespace FriendlyGov.Domain.Feedback;

/// <summary>How a citizen gave their rating after a transaction.</summary>
public enum FeedbackChannel
{
    /// <summary>Scanning the QR code at the one-stop desk (bộ phận một cửa); code <c>qr</c>.</summary>
    QrCode,

    /// <summary>A rating kiosk (máy đánh giá) at the desk; code <c>kiosk</c>.</summary>
    Kiosk,

    /// <summary>The online public service portal (cổng dịch vụ công); code <c>portal</c>.</summary>
    OnlinePortal,

    /// <summary>A paper form (phiếu giấy), typed in later; code <c>paper</c>.</summary>
    Paper,
}
