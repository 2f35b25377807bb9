namespace FriendlyGov.Domain.Units;

/// <summary>The file codes and names of <see cref="UnitKind"/> values.</summary>
public static class UnitKinds
{
    private static readonly CodeTable<UnitKind> Codes = new("xa", "phuong", "thi-tran", "dac-khu");

    /// <summary>Every file code, in the order of <see cref="UnitKind"/>.</summary>
    public static IReadOnlyList<string> AllCodes => Codes.All;

    /// <summary>The file code of a kind: <c>xa</c>, <c>phuong</c>, <c>thi-tran</c> or <c>dac-khu</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its code.</returns>
    public static string ToCode(this UnitKind kind) => Codes.ToCode(kind);

    /// <summary>The kind with a file code.</summary>
    /// <param name="code">A code such as <c>phuong</c>.</param>
    /// <param name="kind">The kind, when the code is known.</param>
    /// <returns>Whether the code is known.</returns>
    public static bool TryParse(string code, out UnitKind kind) => Codes.TryParse(code, out kind);

    /// <summary>The Vietnamese and English name of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its bilingual name.</returns>
    public static LocalizedText Title(this UnitKind kind) => kind switch
    {
        UnitKind.Commune => new("xã", "commune"),
        UnitKind.Ward => new("phường", "ward"),
        UnitKind.Township => new("thị trấn", "township"),
        UnitKind.SpecialZone => new("đặc khu", "special zone"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
