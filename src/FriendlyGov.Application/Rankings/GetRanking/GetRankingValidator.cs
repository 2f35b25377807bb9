using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;

namespace FriendlyGov.Application.Rankings.GetRanking;

/// <summary>Checks <see cref="GetRanking"/>: the kind, when given, is a unit kind.</summary>
internal sealed class GetRankingValidator : IRequestValidator<GetRanking>
{
    /// <inheritdoc />
    public IEnumerable<Problem> Validate(GetRanking request)
    {
        Guard.Against.Null(request);
        if (request.Kind is { } kind && !Enum.IsDefined(kind)) yield return new Problem("kind", $"{(int)kind} is not a unit kind");
    }
}
