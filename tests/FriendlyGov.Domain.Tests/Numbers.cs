using System.Globalization;

namespace FriendlyGov.Domain.Tests;

/// <summary>Decimals written as text, since attributes cannot hold decimal constants.</summary>
internal static class Numbers
{
    public static decimal D(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
}
