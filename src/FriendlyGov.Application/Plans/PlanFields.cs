using FriendlyGov.Domain;
using FriendlyGov.Domain.Plans;

namespace FriendlyGov.Application.Plans;

/// <summary>The field checks the plan requests' validators share.</summary>
internal static class PlanFields
{
    /// <summary>A problem when <paramref name="value"/> is not a code of a body, item or milestone.</summary>
    /// <param name="field">The request's field.</param>
    /// <param name="value">Its value.</param>
    /// <returns>The problem, or none.</returns>
    public static IEnumerable<Problem> Code(string field, string? value)
    {
        if (!PlanBody.IsCode(value ?? string.Empty))
            yield return new Problem(field, $"'{value}' is not a code: letters, digits and inner '-' or '.', at most 64 characters, such as 1, M1 or BDV-TU");
    }

    /// <summary>A problem when a required value is missing.</summary>
    /// <param name="field">The request's field.</param>
    /// <param name="value">Its value.</param>
    /// <returns>The problem, or none.</returns>
    public static IEnumerable<Problem> Required(string field, object? value)
    {
        if (value is null || value is string text && string.IsNullOrWhiteSpace(text)) yield return new Problem(field, "is required");
    }
}
