namespace FriendlyGov.Domain.Units;

/// <summary>The kind of a commune-level administrative unit (đơn vị hành chính cấp xã).</summary>
/// <remarks>
/// Townships existed until 30 June 2025; special zones exist from 1 July 2025. Files use the codes
/// <c>xa</c>, <c>phuong</c>, <c>thi-tran</c> and <c>dac-khu</c> (see <see cref="UnitKinds"/>).
/// </remarks>
public enum UnitKind
{
    /// <summary>A commune (xã), code <c>xa</c>.</summary>
    Commune,

    /// <summary>A ward (phường), code <c>phuong</c>.</summary>
    Ward,

    /// <summary>A township (thị trấn), code <c>thi-tran</c>; abolished on 1 July 2025.</summary>
    Township,

    /// <summary>A special zone (đặc khu), code <c>dac-khu</c>; from 1 July 2025.</summary>
    SpecialZone,
}
