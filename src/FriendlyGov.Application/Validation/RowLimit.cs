using FriendlyGov.Domain;

namespace FriendlyGov.Application.Validation;

/// <summary>
/// The cap on the rows of one bulk request (<see cref="FriendlyGovOptions.MaxRowsPerRequest"/>):
/// checked first by every bulk validator, so that an oversized request is refused before any row
/// is read, whatever transport it came by.
/// </summary>
internal static class RowLimit
{
    /// <summary>The problem of a list longer than the limit, or <see langword="null"/> when it fits.</summary>
    /// <param name="options">Holds the limit.</param>
    /// <param name="field">The list's field, such as <c>entries</c>.</param>
    /// <param name="count">How many rows it has.</param>
    /// <returns>The problem, naming the field, the count and the limit.</returns>
    public static Problem? Exceeded(FriendlyGovOptions options, string field, int count) =>
        count > options.MaxRowsPerRequest
            ? new Problem(field, $"{count} rows is more than the limit of {options.MaxRowsPerRequest} rows in one request (MaxRowsPerRequest); send them in several requests")
            : null;
}
