using FriendlyGov.Domain;

namespace FriendlyGov.Application.Validation;

/// <summary>A request that is not valid: it never reached its handler, and nothing changed.</summary>
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
