namespace FriendlyGov.Workbooks.Xlsx;

/// <summary>
/// A data validation a spreadsheet applies while a person types (Excel's and LibreOffice's
/// "Data validation"): a list to choose from, or a number between bounds. Reading a workbook checks
/// the same rules again, since a validation is only advice to the spreadsheet program.
/// </summary>
/// <param name="Type"><c>list</c>, <c>decimal</c>, <c>whole</c> or <c>date</c>.</param>
/// <param name="Operator">For numbers: <c>between</c> or <c>greaterThanOrEqual</c>; null for lists.</param>
/// <param name="Formula1">The list (<c>"có (yes),không (no)"</c> with the quotes) or the lower bound.</param>
/// <param name="Formula2">The upper bound for <c>between</c>.</param>
/// <param name="Prompt">The help shown when the cell is selected, at most 255 characters.</param>
/// <param name="Error">The message shown when the value is refused, at most 255 characters.</param>
internal sealed record DataValidationRule(string Type, string? Operator, string Formula1, string? Formula2, string Prompt, string Error);
