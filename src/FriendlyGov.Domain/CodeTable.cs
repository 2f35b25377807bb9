using System.Globalization;

namespace FriendlyGov.Domain;

/// <summary>The codes that stand for an enum's values in files, in the enum's order.</summary>
/// <typeparam name="TEnum">An enum whose values are 0, 1, 2, ….</typeparam>
/// <param name="codes">One code per value, in order.</param>
internal sealed class CodeTable<TEnum>(params string[] codes)
    where TEnum : struct, Enum
{
    public IReadOnlyList<string> All => codes;

    public string ToCode(TEnum value)
    {
        var index = Convert.ToInt32(value, CultureInfo.InvariantCulture);
        return index >= 0 && index < codes.Length ? codes[index] : throw new ArgumentOutOfRangeException(nameof(value), value, null);
    }

    public bool TryParse(string code, out TEnum value)
    {
        var index = Array.IndexOf(codes, code);
        value = (TEnum)Enum.ToObject(typeof(TEnum), Math.Max(index, 0));
        return index >= 0;
    }
}
