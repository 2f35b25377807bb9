using Ardalis.Specification;
using FriendlyGov.Application.Conduct.RecordObservation;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain.Conduct.Specifications;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain;

namespace FriendlyGov.Application.Conduct.RecordObservationsInBulk;

/// <summary>Finds the officials a bulk recording names, and the posting each row falls in, in one query whatever the rows' count.</summary>
internal static class ObservationRows
{
    /// <summary>The officials the rows name, by code, read in one query.</summary>
    /// <param name="officials">The officials.</param>
    /// <param name="rows">The rows.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The officials found, by code; an unknown code is absent.</returns>
    public static async Task<Dictionary<string, Official>> OfficialsAsync(
        IReadRepositoryBase<Official> officials, IReadOnlyList<ObservationInput> rows, CancellationToken cancellationToken)
    {
        string[] codes = [.. rows.Select(r => r.OfficialCode).Distinct(StringComparer.Ordinal)];
        var found = await officials.ListAsync(new OfficialsByCodeSpec(codes), cancellationToken).ConfigureAwait(false);
        return found.ToDictionary(o => o.Code, StringComparer.Ordinal);
    }

    /// <summary>The posting each row falls in: the official's posting on the row's date.</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="officials">The officials, by code.</param>
    /// <returns>One posting per row, in the rows' order.</returns>
    /// <exception cref="ValidationException">Some rows name an official who is not registered, or who held no posting on the row's date; every such row is listed.</exception>
    public static Posting[] PostingsOf(IReadOnlyList<ObservationInput> rows, IReadOnlyDictionary<string, Official> officials)
    {
        var postings = new Posting[rows.Count];
        var problems = new List<Problem>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (!officials.TryGetValue(row.OfficialCode, out var official))
                problems.Add(new Problem(Path(i, "officialCode"), $"there is no official {row.OfficialCode}"));
            else if (official.PostingOn(row.On) is { } posting) postings[i] = posting;
            else problems.Add(RecordObservationHandler.NoPosting(official, row.On).Under(Path(i)));
        }

        return problems.Count > 0 ? throw new ValidationException(nameof(RecordObservationsInBulk), problems) : postings;
    }

    /// <summary>The path of a row, or of one of its fields.</summary>
    /// <param name="index">The row's index.</param>
    /// <param name="field">The field, if any.</param>
    /// <returns>Such as <c>observations[12].ruleId</c>.</returns>
    public static string Path(int index, string? field = null) =>
        field is null ? $"observations[{index}]" : $"observations[{index}].{field}";
}
