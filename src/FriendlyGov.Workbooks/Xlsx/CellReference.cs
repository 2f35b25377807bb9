using System.Globalization;

namespace FriendlyGov.Workbooks.Xlsx;

/// <summary>A1-style cell references: column letters and one-based row numbers.</summary>
internal static class CellReference
{
    /// <summary>The most columns a sheet has (Excel's XFD).</summary>
    public const int MaxColumn = 16_384;

    /// <summary>The letters of a one-based column: 1 is A, 27 is AA.</summary>
    public static string Column(int column)
    {
        Guard.Against.OutOfRange(column, nameof(column), 1, MaxColumn);
        var letters = string.Empty;
        for (var c = column; c > 0; c = (c - 1) / 26) letters = (char)('A' + ((c - 1) % 26)) + letters;
        return letters;
    }

    /// <summary>The reference of a cell, such as <c>E14</c>.</summary>
    public static string Of(int row, int column) => Column(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses a reference such as <c>E14</c> (an optional <c>$</c> is not accepted).</summary>
    /// <returns>Whether it is a reference within the sheet's bounds.</returns>
    public static bool TryParse(string text, out int row, out int column)
    {
        row = 0;
        column = 0;
        var i = 0;
        while (i < text.Length && text[i] is >= 'A' and <= 'Z')
        {
            column = (column * 26) + (text[i] - 'A' + 1);
            if (column > MaxColumn) return false;
            i++;
        }

        return i > 0 && i < text.Length && text.Length - i <= 7
            && int.TryParse(text.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out row) && row >= 1;
    }
}
