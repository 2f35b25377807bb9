using System.Globalization;
using System.Text;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Criteria.Methods;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Workbooks.Xlsx;

namespace FriendlyGov.Workbooks.Evidence;

/// <summary>
/// How one indicator's evidence is typed into cells and read back, per method: what to enter, the
/// data validation of each cell, and the conversion both ways. Reading only converts; whether the
/// figures fit the method is checked by the scoring engine, exactly as for a JSON file.
/// </summary>
internal static class EntryCodec
{
    /// <summary>The choice for yes in a yes/no cell.</summary>
    public const string Yes = "có (yes)";

    /// <summary>The choice for no in a yes/no cell.</summary>
    public const string No = "không (no)";

    private static readonly HashSet<string> YesWords = new(["có (yes)", "có", "yes", "y", "true", "x", "đạt"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> NoWords = new(["không (no)", "không", "no", "n", "false", "không đạt"], StringComparer.OrdinalIgnoreCase);

    private static readonly DataValidationRule YesNo = new("list", null, $"\"{Yes},{No}\"", null,
        "Chọn có hoặc không. / Choose yes or no.", "Chọn có (yes) hoặc không (no). / Choose yes or no.");

    /// <summary>
    /// Whether a workbook has cells for <paramref name="method"/>: the built-in methods. A method an
    /// app adds through its own <c>MethodCatalog</c> reads and writes as JSON, but no workbook
    /// layout is known for it, so a workbook for its framework is refused rather than guessed.
    /// </summary>
    public static bool HasCells(IndicatorMethod method) =>
        method is CheckMethod or ChecklistMethod or RatioMethod or BandsMethod or DeductionMethod or ScaleMethod or ImportMethod or PointsMethod or ConductMethod;

    /// <summary>What a person enters for an indicator, in both languages.</summary>
    public static LocalizedText Guidance(Indicator indicator) => indicator.Method switch
    {
        CheckMethod => new("Chọn có hoặc không.", "Choose yes or no."),
        ChecklistMethod => new("Mỗi mục bên dưới: có hoặc không.", "Each item below: yes or no."),
        RatioMethod => new(
            "Tỉ lệ từ 0 đến 1 ở cột giá trị; hoặc tử số ở cột giá trị và mẫu số ở cột thứ hai.",
            "A share from 0 to 1 in the value column; or the numerator there and the denominator in the second column."),
        BandsMethod => new("Một số.", "A number."),
        DeductionMethod => new("Số lần: số nguyên từ 0.", "A count: a whole number, 0 or more."),
        ScaleMethod s => new(
            $"Điểm trung bình ({Figures.FormatVi(s.Low)}–{Figures.FormatVi(s.High)}) và số phiếu ở cột thứ hai; hoặc các câu trả lời cách nhau dấu phẩy, như 5, 4, 4.",
            $"The average ({Figures.Format(s.Low)}–{Figures.Format(s.High)}) and the number of responses in the second column; or the responses separated by commas, such as 5, 4, 4."),
        ImportMethod i => new($"Chỉ số từ 0 đến {Figures.FormatVi(i.ScaleMax)}.", $"The index, from 0 to {Figures.Format(i.ScaleMax)}."),
        PointsMethod => new(
            $"Số điểm từ 0 đến {Figures.FormatVi(indicator.MaxPoints)}, kèm ghi chú (bắt buộc).",
            $"Points from 0 to {Figures.Format(indicator.MaxPoints)}, with a note (required)."),
        _ => new(
            "Không nhập: tính từ các quan sát ứng xử ở trang conduct.",
            "Not entered: derived from the conduct observations on the sheet conduct."),
    };

    /// <summary>The validation of the value cell (or of each checklist item's cell).</summary>
    public static DataValidationRule? ValueRule(Indicator indicator) => indicator.Method switch
    {
        CheckMethod or ChecklistMethod => YesNo,
        RatioMethod => Rule("decimal", "greaterThanOrEqual", "0", null, "Tỉ lệ 0–1, hoặc tử số. / A share 0–1, or the numerator.", "Nhập một số từ 0. / Enter a number, 0 or more."),
        BandsMethod => Rule("decimal", "between", "-1000000000000", "1000000000000", "Một số. / A number.", "Nhập một số. / Enter a number."),
        DeductionMethod => Rule("whole", "greaterThanOrEqual", "0", null, "Số nguyên từ 0. / A whole number, 0 or more.", "Nhập số nguyên từ 0. / Enter a whole number, 0 or more."),
        ImportMethod i => Rule("decimal", "between", "0", Invariant(i.ScaleMax), $"Từ 0 đến {Figures.FormatVi(i.ScaleMax)}. / From 0 to {Figures.Format(i.ScaleMax)}.", $"Nhập một số từ 0 đến {Figures.FormatVi(i.ScaleMax)}. / Enter a number from 0 to {Figures.Format(i.ScaleMax)}."),
        PointsMethod => Rule("decimal", "between", "0", Invariant(indicator.MaxPoints), $"Từ 0 đến {Figures.FormatVi(indicator.MaxPoints)} điểm, kèm ghi chú. / 0 to {Figures.Format(indicator.MaxPoints)} points, with a note.", $"Nhập số điểm từ 0 đến {Figures.FormatVi(indicator.MaxPoints)}. / Enter points from 0 to {Figures.Format(indicator.MaxPoints)}."),
        _ => null, // a scale's value may be a list of responses, which is text
    };

    /// <summary>The validation of the second figure's cell.</summary>
    public static DataValidationRule? SecondRule(Indicator indicator) => indicator.Method switch
    {
        RatioMethod => Rule("decimal", "greaterThan", "0", null, "Mẫu số, lớn hơn 0. / The denominator, above 0.", "Nhập mẫu số lớn hơn 0. / Enter a denominator above 0."),
        ScaleMethod => Rule("whole", "greaterThanOrEqual", "1", null, "Số phiếu, từ 1. / The number of responses, 1 or more.", "Nhập số nguyên từ 1. / Enter a whole number, 1 or more."),
        _ => null,
    };

    /// <summary>Whether the value cell takes text (a scale's list of responses) rather than a number.</summary>
    public static bool ValueIsText(Indicator indicator) => indicator.Method is ScaleMethod;

    /// <summary>The cells' values for a piece of evidence, by cell; the writer puts them in.</summary>
    public static IEnumerable<(CellAt Cell, object Value)> Values(EntryCells cells, IndicatorEvidence evidence)
    {
        if (cells.Items.Count > 0 && evidence.Items is { } met && cells.Indicator.Method is ChecklistMethod checklist)
        {
            for (var i = 0; i < checklist.Items.Count; i++) yield return (cells.Items[i], met.Contains(checklist.Items[i].Id) ? Yes : No);
        }

        if (cells.Value is { } value)
        {
            var shown = cells.Indicator.Method switch
            {
                CheckMethod => evidence.Met is { } flag ? (flag ? Yes : No) : null,
                ScaleMethod => evidence.Responses is { } responses ? string.Join(", ", responses.Select(Invariant)) : (object?)evidence.Average,
                RatioMethod => evidence.Value ?? evidence.Numerator,
                DeductionMethod => evidence.Count,
                PointsMethod => evidence.Points,
                _ => evidence.Value,
            };
            if (shown is not null) yield return (value, shown);
        }

        if (cells.Second is { } second && (evidence.Denominator ?? (cells.Indicator.Method is ScaleMethod ? evidence.Count : null)) is { } figure)
            yield return (second, figure);
        if (evidence.Note is { } note) yield return (cells.Note, note);
    }

    /// <summary>
    /// Reads one indicator's cells into evidence, or null when they are all blank. Records each
    /// cell's place under the evidence's JSON paths, so that the engine's problems can name cells.
    /// </summary>
    public static IndicatorEvidence? Read(EntryCells cells, Func<CellAt, CellValue?> cellAt, string path, Action<string, CellAt> place, List<Problem> problems, Func<CellAt, string> where)
    {
        var value = cells.Value is { } v ? cellAt(v) : null;
        var second = cells.Second is { } s ? cellAt(s) : null;
        var note = cellAt(cells.Note);
        var items = cells.Items.Select(cellAt).ToList();
        if (IsBlank(value) && IsBlank(second) && IsBlank(note) && items.All(IsBlank)) return null;

        var main = cells.Value ?? (cells.Items.Count > 0 ? cells.Items[0] : cells.Note);
        place(path, main);
        place(JsonPath.Combine(path, IndicatorEvidence.NoteField), cells.Note);
        var evidence = new IndicatorEvidence { Note = IsBlank(note) ? null : Text(note!, where(cells.Note), problems) };
        switch (cells.Indicator.Method)
        {
            case CheckMethod:
                place(JsonPath.Combine(path, IndicatorEvidence.MetField), main);
                return evidence with { Met = IsBlank(value) ? null : YesOrNo(value!, where(main), problems) };
            case ChecklistMethod checklist:
                place(JsonPath.Combine(path, IndicatorEvidence.ItemsField), main);
                var met = new List<string>();
                for (var i = 0; i < items.Count; i++)
                {
                    place(JsonPath.Combine(path, IndicatorEvidence.ItemsField) + JsonPath.Index(met.Count), cells.Items[i]);
                    if (!IsBlank(items[i]) && YesOrNo(items[i]!, where(cells.Items[i]), problems) == true) met.Add(checklist.Items[i].Id);
                }

                return evidence with { Items = items.All(IsBlank) ? null : met };
            case RatioMethod when !IsBlank(second):
                place(JsonPath.Combine(path, IndicatorEvidence.NumeratorField), main);
                place(JsonPath.Combine(path, IndicatorEvidence.DenominatorField), cells.Second!.Value);
                return evidence with { Numerator = Number(value, main, where, problems), Denominator = Number(second, cells.Second!.Value, where, problems) };
            case RatioMethod or BandsMethod or ImportMethod:
                place(JsonPath.Combine(path, IndicatorEvidence.ValueField), main);
                return evidence with { Value = Number(value, main, where, problems) };
            case DeductionMethod:
                place(JsonPath.Combine(path, IndicatorEvidence.CountField), main);
                return evidence with { Count = Number(value, main, where, problems) };
            case PointsMethod:
                place(JsonPath.Combine(path, IndicatorEvidence.PointsField), main);
                return evidence with { Points = Number(value, main, where, problems) };
            case ScaleMethod when value?.Text is { } responses && IsBlank(second):
                place(JsonPath.Combine(path, IndicatorEvidence.ResponsesField), main);
                return evidence with { Responses = Responses(responses, where(main), problems) };
            default: // scale: the average and the number of responses
                place(JsonPath.Combine(path, IndicatorEvidence.AverageField), main);
                if (cells.Second is { } countCell) place(JsonPath.Combine(path, IndicatorEvidence.CountField), countCell);
                return evidence with { Average = Number(value, main, where, problems), Count = cells.Second is { } c ? Number(second, c, where, problems) : null };
        }
    }

    /// <summary>Whether a cell holds nothing a person typed.</summary>
    public static bool IsBlank(CellValue? cell) => cell is null || cell.IsBlank;

    /// <summary>A text cell's text, normalized to NFC; refused when it holds a control character, as texts in files are.</summary>
    public static string? Text(CellValue cell, string place, List<Problem> problems)
    {
        var text = (cell.Text ?? (cell.Number is { } n ? Invariant(n) : cell.Flag == true ? "TRUE" : "FALSE")).Trim().Normalize(NormalizationForm.FormC);
        if (MessageText.FirstUnsafeCharacter(text) is not { } unsafeCharacter) return text;
        problems.Add(new Problem(place, $"{MessageText.Quote(text)} holds the character {unsafeCharacter}; texts are printable characters only (a line break typed with Alt+Enter is one)"));
        return null;
    }

    /// <summary>A yes/no cell: a choice from the list, TRUE/FALSE, or 1/0.</summary>
    public static bool? YesOrNo(CellValue cell, string place, List<Problem> problems)
    {
        if (cell.Flag is { } flag) return flag;
        if (cell.Number is 1m) return true;
        if (cell.Number is 0m) return false;
        var text = cell.Text?.Trim().Normalize(NormalizationForm.FormC);
        if (text is not null && YesWords.Contains(text)) return true;
        if (text is not null && NoWords.Contains(text)) return false;
        problems.Add(new Problem(place, $"{cell.Shown} is not yes or no: choose {Yes} or {No}"));
        return null;
    }

    private static decimal? Number(CellValue? cell, CellAt at, Func<CellAt, string> where, List<Problem> problems)
    {
        if (IsBlank(cell)) return null;
        if (cell!.Number is { } number) return number;
        if (cell.Text is { } text && decimal.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)) return parsed;
        problems.Add(new Problem(where(at), $"{cell.Shown} is not a number"));
        return null;
    }

    private static List<decimal>? Responses(string text, string place, List<Problem> problems)
    {
        var responses = new List<decimal>();
        foreach (var part in text.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (decimal.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var response)) responses.Add(response);
            else
            {
                problems.Add(new Problem(place, $"{MessageText.Quote(part)} in {MessageText.Quote(text)} is not a whole number: write the responses as whole numbers separated by commas, such as 5, 4, 4"));
                return null;
            }
        }

        return responses;
    }

    /// <summary>Whether a spreadsheet's date serial is a whole day (no time of day).</summary>
    public static bool IsWholeDay(decimal serial) => Figures.IsWhole(serial);

    private static DataValidationRule Rule(string type, string op, string formula1, string? formula2, string prompt, string error) =>
        new(type, op, formula1, formula2, prompt, error);

    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
