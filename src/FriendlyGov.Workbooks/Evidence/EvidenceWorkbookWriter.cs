using System.Globalization;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Criteria.Methods;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Units;
using FriendlyGov.Workbooks.Xlsx;
using NodaTime;

namespace FriendlyGov.Workbooks.Evidence;

/// <summary>Builds the sheets of an evidence workbook (<see cref="EvidenceSheets"/> says where everything sits).</summary>
internal static class EvidenceWorkbookWriter
{
    private static readonly LocalDate SpreadsheetEpoch = new(1899, 12, 30);

    public static IReadOnlyList<SheetBuilder> Build(EvidenceSheets layout, AssessmentPeriod period, string contentHash, IReadOnlyDictionary<string, UnitEvidence> evidence)
    {
        var sheets = new List<SheetBuilder>();
        if (layout.Layout == WorkbookLayout.UnitRows) sheets.Add(UnitRows(layout, period, evidence));
        else
        {
            for (var u = 0; u < layout.Units.Count; u++)
                sheets.Add(UnitSheet(layout, u, period, evidence.GetValueOrDefault(layout.Units[u].Code)));
        }

        if (layout.Framework.ConductCode is not null) sheets.Add(Conduct(layout, period, evidence));
        sheets.Add(Meta(layout, period, contentHash));
        return sheets;
    }

    private static SheetBuilder UnitSheet(EvidenceSheets layout, int unit, AssessmentPeriod period, UnitEvidence? evidence)
    {
        var framework = layout.Framework;
        var code = layout.Units[unit];
        var sheet = new SheetBuilder(code.Code) { Protected = true, FrozenRows = 5, FrozenColumns = 1 };
        sheet.Set(1, 1, $"{framework.Title.Vi} / {framework.Title.En}", CellStyle.Title);
        sheet.Set(2, 1, "Đơn vị / Unit", CellStyle.Header);
        sheet.Set(2, 2, code.Code);
        sheet.Set(2, 3, code.Name);
        sheet.Set(3, 1, "Kỳ / Period", CellStyle.Header);
        sheet.Set(3, 2, period.ToString());
        sheet.Set(3, 3, framework.Id.ToString());
        sheet.Set(4, 5, "Tự đánh giá / Self-assessment", CellStyle.Header);
        sheet.Set(4, 8, "Thẩm định / Appraisal", CellStyle.Header);
        string[] headers =
        [
            "Mã / Id", "Tiêu chí thành phần", "Indicator", "Điểm tối đa / Max points",
            "Giá trị / Value", "Mẫu số, số phiếu / Denominator, count", "Ghi chú / Note",
            "Giá trị / Value", "Mẫu số, số phiếu / Denominator, count", "Ghi chú / Note",
            "Cách nhập / What to enter",
        ];
        for (var c = 0; c < headers.Length; c++) sheet.Set(5, c + 1, headers[c], CellStyle.Header);
        foreach (var (indicator, row) in layout.IndicatorRows)
        {
            sheet.Set(row, 1, indicator.Id, CellStyle.Text);
            sheet.Set(row, 2, indicator.Title.Vi, CellStyle.Text);
            sheet.Set(row, 3, indicator.Title.En, CellStyle.Text);
            sheet.Set(row, 4, indicator.MaxPoints, CellStyle.Text);
            var guidance = EntryCodec.Guidance(indicator);
            sheet.Set(row, EvidenceSheets.GuidanceColumn, $"{guidance.Vi}\n{guidance.En}", CellStyle.Text);
            if (indicator.Method is not ChecklistMethod checklist) continue;
            for (var i = 0; i < checklist.Items.Count; i++)
            {
                var item = checklist.Items[i];
                sheet.Set(row + 1 + i, 1, $"{indicator.Id} · {item.Id}", CellStyle.Text);
                sheet.Set(row + 1 + i, 2, item.Title?.Vi ?? item.Id, CellStyle.Text);
                sheet.Set(row + 1 + i, 3, item.Title?.En ?? item.Id, CellStyle.Text);
                sheet.Set(row + 1 + i, 4, item.Points, CellStyle.Text);
            }
        }

        Inputs(sheet, layout.EntriesOf(unit), evidence);
        double[] widths = [14, 48, 48, 10, 14, 14, 28, 14, 14, 28, 60];
        for (var c = 0; c < widths.Length; c++) sheet.Width(c + 1, widths[c]);
        return sheet;
    }

    private static SheetBuilder UnitRows(EvidenceSheets layout, AssessmentPeriod period, IReadOnlyDictionary<string, UnitEvidence> evidence)
    {
        var framework = layout.Framework;
        var sheet = new SheetBuilder(EvidenceSheets.UnitRowsSheet) { Protected = true, FrozenRows = 4, FrozenColumns = 2 };
        sheet.Set(1, 1, $"{framework.Title.Vi} / {framework.Title.En} · {framework.Id} · {period}", CellStyle.Title);
        string[] headers = ["Mã / Code", "Tên / Name", "Loại / Kind", "Tỉnh / Province"];
        for (var c = 0; c < headers.Length; c++) sheet.Set(3, c + 1, headers[c], CellStyle.Header);
        foreach (var (indicator, source, first) in layout.IndicatorColumns)
        {
            if (indicator == layout.IndicatorColumns.First(c => c.Source == source).Indicator)
                sheet.Set(2, first, source == EvidenceSource.Self ? "Tự đánh giá / Self-assessment" : "Thẩm định / Appraisal", CellStyle.Header);
        }

        for (var u = 0; u < layout.Units.Count; u++)
        {
            var unit = layout.Units[u];
            var row = EvidenceSheets.FirstUnitRow + u;
            sheet.Set(row, 1, unit.Code, CellStyle.Text);
            sheet.Set(row, 2, unit.Name, CellStyle.Text);
            sheet.Set(row, 3, unit.Kind.ToCode(), CellStyle.Text);
            sheet.Set(row, 4, unit.Province ?? string.Empty, CellStyle.Text);
            var entries = layout.EntriesOf(u).ToList();
            Inputs(sheet, entries, evidence.GetValueOrDefault(unit.Code));
            if (u > 0) continue;
            foreach (var cells in entries)
            {
                var indicator = cells.Indicator;
                var guidance = EntryCodec.Guidance(indicator);
                if (cells.Value is { } value)
                {
                    sheet.Set(3, value.Column, $"{indicator.Id}\ngiá trị / value", CellStyle.Header);
                    sheet.Set(4, value.Column, $"{indicator.Title.Vi} / {indicator.Title.En} ({Figures.Format(indicator.MaxPoints)}). {guidance.Vi} / {guidance.En}", CellStyle.Text);
                }

                if (cells.Second is { } second)
                    sheet.Set(3, second.Column, indicator.Method is RatioMethod ? $"{indicator.Id}\nmẫu số / denominator" : $"{indicator.Id}\nsố phiếu / count", CellStyle.Header);
                for (var i = 0; i < cells.Items.Count; i++)
                {
                    var item = ((ChecklistMethod)indicator.Method).Items[i];
                    sheet.Set(3, cells.Items[i].Column, $"{indicator.Id} · {item.Id}", CellStyle.Header);
                    sheet.Set(4, cells.Items[i].Column, $"{item.Title?.Vi ?? item.Id} / {item.Title?.En ?? item.Id} ({Figures.Format(item.Points)})", CellStyle.Text);
                }

                sheet.Set(3, cells.Note.Column, $"{indicator.Id}\nghi chú / note", CellStyle.Header);
                sheet.Width(cells.Note.Column, 24);
            }
        }

        sheet.Width(1, 10);
        sheet.Width(2, 28);
        for (var c = 3; c <= layout.LastColumn; c++) sheet.Width(c, 16);
        return sheet;
    }

    // The cells a person fills in: unlocked, validated for the method, and holding any evidence given.
    private static void Inputs(SheetBuilder sheet, IEnumerable<EntryCells> entries, UnitEvidence? evidence)
    {
        var rules = new Dictionary<DataValidationRule, List<string>>();
        foreach (var cells in entries)
        {
            var text = EntryCodec.ValueIsText(cells.Indicator);
            foreach (var cell in cells.Items.Concat(cells.Value is { } v ? [v] : []))
            {
                sheet.Set(cell.Row, cell.Column, null, text ? CellStyle.InputText : CellStyle.Input);
                Add(rules, EntryCodec.ValueRule(cells.Indicator), cell);
            }

            if (cells.Second is { } second)
            {
                sheet.Set(second.Row, second.Column, null, CellStyle.Input);
                Add(rules, EntryCodec.SecondRule(cells.Indicator), second);
            }

            sheet.Set(cells.Note.Row, cells.Note.Column, null, CellStyle.InputText);
            var given = cells.Source == EvidenceSource.Self ? evidence?.SelfAssessed : evidence?.Appraised;
            if (given is null || !given.TryGetValue(cells.Indicator.Id, out var entry)) continue;
            foreach (var (cell, value) in EntryCodec.Values(cells, entry))
                sheet.Set(cell.Row, cell.Column, value, cell == cells.Note || (text && cell == cells.Value) ? CellStyle.InputText : CellStyle.Input);
        }

        foreach (var (rule, cells) in rules) sheet.Validate(string.Join(' ', cells), rule);
    }

    private static void Add(Dictionary<DataValidationRule, List<string>> rules, DataValidationRule? rule, CellAt cell)
    {
        if (rule is null) return;
        if (!rules.TryGetValue(rule, out var cells)) rules[rule] = cells = [];
        cells.Add(cell.ToString());
    }

    private static SheetBuilder Conduct(EvidenceSheets layout, AssessmentPeriod period, IReadOnlyDictionary<string, UnitEvidence> evidence)
    {
        var code = layout.Framework.ConductCode!;
        var sheet = new SheetBuilder(EvidenceSheets.ConductSheet) { Protected = true, FrozenRows = 2 };
        sheet.Set(1, 1, $"Quan sát ứng xử / Conduct observations ({code.Title.Vi} / {code.Title.En})", CellStyle.Title);
        string[] headers = ["Mã đơn vị / Unit code", "Quy tắc / Rule", "Mã cán bộ / Official's code", "Vai trò / Role", "Tình trạng / Status", "Ngày / On (yyyy-mm-dd)"];
        for (var c = 0; c < headers.Length; c++) sheet.Set(2, c + 1, headers[c], CellStyle.Header);
        var breaches = layout.Units.SelectMany(u => evidence.TryGetValue(u.Code, out var e) ? e.Conduct.Select(b => (u.Code, b)) : []).ToList();
        var rows = breaches.Count + Math.Max(20, layout.Units.Count * 3);
        var first = EvidenceSheets.FirstConductRow;
        var last = first + rows - 1;
        for (var row = first; row <= last; row++)
        {
            for (var c = 1; c <= 6; c++) sheet.Set(row, c, null, c == 6 ? CellStyle.InputDate : c is 4 or 5 ? CellStyle.Input : CellStyle.InputText);
        }

        for (var i = 0; i < breaches.Count; i++)
        {
            var (unit, breach) = breaches[i];
            var row = first + i;
            sheet.Set(row, 1, unit, CellStyle.InputText);
            sheet.Set(row, 2, breach.RuleId, CellStyle.InputText);
            sheet.Set(row, 3, breach.OfficialCode, CellStyle.InputText);
            sheet.Set(row, 4, breach.Role.ToCode(), CellStyle.Input);
            sheet.Set(row, 5, breach.Status.ToCode(), CellStyle.Input);
            sheet.Set(row, 6, breach.On.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), CellStyle.InputText);
        }

        var units = $"\"{string.Join(',', layout.Units.Select(u => u.Code))}\"";
        if (units.Length <= 255)
            sheet.Validate($"A{first}:A{last}", new("list", null, units, null, "Mã đơn vị (5 chữ số). / The unit's code (5 digits).", "Chọn một đơn vị của sổ này. / Choose a unit of this workbook."));
        var rules = $"\"{string.Join(',', code.Rules.Select(r => r.Id))}\"";
        if (rules.Length <= 255)
            sheet.Validate($"B{first}:B{last}", new("list", null, rules, null, "Quy tắc của bộ quy tắc ứng xử. / A rule of the code of conduct.", "Chọn một quy tắc. / Choose a rule."));
        sheet.Validate($"D{first}:D{last}", new("list", null, $"\"{string.Join(',', OfficialRoles.AllCodes)}\"", null, "head: người đứng đầu, deputy: cấp phó, staff: công chức. / head, deputy or staff.", "Chọn head, deputy hoặc staff. / Choose head, deputy or staff."));
        sheet.Validate($"E{first}:E{last}", new("list", null, $"\"{string.Join(',', ObservationCodes.AllStatusCodes)}\"", null, "reported: được phản ánh, confirmed: đã xác minh, dismissed: bác bỏ. / Only confirmed ones count.", "Chọn reported, confirmed hoặc dismissed. / Choose reported, confirmed or dismissed."));
        sheet.Validate($"F{first}:F{last}", new("date", "between", Serial(period.Start), Serial(period.End), $"Ngày trong kỳ {period}. / A date within {period}.", $"Ngày phải trong kỳ {period}. / The date must be within {period}."));
        double[] widths = [16, 14, 20, 12, 14, 18];
        for (var c = 0; c < widths.Length; c++) sheet.Width(c + 1, widths[c]);
        return sheet;
    }

    private static SheetBuilder Meta(EvidenceSheets layout, AssessmentPeriod period, string contentHash)
    {
        var sheet = new SheetBuilder(EvidenceSheets.MetaSheet) { Hidden = true, Protected = true };
        sheet.Set(1, 1, "format");
        sheet.Set(1, 2, EvidenceWorkbook.FormatName);
        sheet.Set(2, 1, "framework");
        sheet.Set(2, 2, layout.Framework.Id.ToString());
        sheet.Set(3, 1, "sha256");
        sheet.Set(3, 2, contentHash);
        sheet.Set(4, 1, "layout");
        sheet.Set(4, 2, EvidenceSheets.Code(layout.Layout));
        sheet.Set(5, 1, "period");
        sheet.Set(5, 2, period.ToString());
        string[] headers = ["sheet", "code", "name", "kind", "province"];
        for (var c = 0; c < headers.Length; c++) sheet.Set(6, c + 1, headers[c], CellStyle.Header);
        for (var u = 0; u < layout.Units.Count; u++)
        {
            var unit = layout.Units[u];
            var row = EvidenceSheets.FirstUnitMetaRow + u;
            sheet.Set(row, 1, layout.SheetOf(u));
            sheet.Set(row, 2, unit.Code);
            sheet.Set(row, 3, unit.Name);
            sheet.Set(row, 4, unit.Kind.ToCode());
            if (unit.Province is { } province) sheet.Set(row, 5, province);
        }

        sheet.FitWidths();
        return sheet;
    }

    private static string Serial(LocalDate date) => Period.Between(SpreadsheetEpoch, date, PeriodUnits.Days).Days.ToString(CultureInfo.InvariantCulture);
}
