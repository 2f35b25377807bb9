using FriendlyGov.Domain;

namespace FriendlyGov.Application.Validation;

/// <summary>
/// Words the problems the domain finds in a request's input after the request's own fields: the
/// domain names a problem after its parameter (camelCase, as the request's JSON fields are), so
/// only a parameter named otherwise than its field needs renaming, such as <c>chair</c> →
/// <c>chairCode</c>.
/// </summary>
internal static class DomainInput
{
    /// <summary>No renaming: the domain's parameters are named as the request's fields.</summary>
    public static readonly IReadOnlyDictionary<string, string> SameFields = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Runs a domain step and turns its problems into a <see cref="ValidationException"/> on the request's fields.</summary>
    /// <typeparam name="T">What the step returns.</typeparam>
    /// <param name="request">The request's name.</param>
    /// <param name="fields">The request field of each domain path's first segment, such as <c>chair</c> → <c>chairCode</c>.</param>
    /// <param name="step">The step.</param>
    /// <returns>What the step returned.</returns>
    /// <exception cref="ValidationException">The domain refused the input.</exception>
    public static T Checked<T>(string request, IReadOnlyDictionary<string, string> fields, Func<T> step)
    {
        try
        {
            return step();
        }
        catch (InvalidInputException e)
        {
            throw new ValidationException(request, [.. e.Problems.Select(p => p with { Path = Rename(p.Path, fields) })], e);
        }
    }

    private static string Rename(string path, IReadOnlyDictionary<string, string> fields)
    {
        var end = path.IndexOfAny(['.', '[']);
        var head = end < 0 ? path : path[..end];
        var rest = end < 0 ? string.Empty : path[end..];
        foreach (var (from, to) in fields) rest = rest.Replace("." + from, "." + to, StringComparison.Ordinal);
        return (fields.TryGetValue(head, out var field) ? field : head) + rest;
    }
}
