using FriendlyGov.Domain;

namespace FriendlyGov.Application.Validation;

/// <summary>A request whose input is not valid; nothing changed.</summary>
/// <remarks>
/// Either its fields are wrong on their own (a missing unit code, a period that is not a period),
/// found by its validator before the handler runs, or what they hold is wrong against what is
/// stored, found by the handler before it changes anything: evidence that breaks its indicator's
/// method, a unit that is not registered, a code already taken. Either way the caller fixes the
/// request and sends it again. Each problem's <see cref="Problem.Path"/> is the field's JSON path
/// in the request as serialized (camelCase: <c>unitCode</c>, <c>evidence.value</c>,
/// <c>entries[2].unitCode</c>), and a problem about an indicator names it.
/// </remarks>
public sealed class ValidationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="request">The request's name.</param>
    /// <param name="problems">Every field and its problem.</param>
    public ValidationException(string request, IReadOnlyList<Problem> problems)
        : this(request, problems, null)
    {
    }

    /// <summary>Creates the exception from the domain's refusal it stands for.</summary>
    /// <param name="request">The request's name.</param>
    /// <param name="problems">Every field and its problem.</param>
    /// <param name="innerException">The domain's own refusal, such as an <see cref="InvalidInputException"/>, kept for logs.</param>
    public ValidationException(string request, IReadOnlyList<Problem> problems, Exception? innerException)
        : base($"{request} is not valid: {string.Join("; ", problems.Select(p => p.ToString()))}", innerException)
    {
        Request = request;
        Problems = problems;
    }

    /// <summary>The request's name.</summary>
    public string Request { get; }

    /// <summary>Every field and its problem.</summary>
    public IReadOnlyList<Problem> Problems { get; }
}
