using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Conduct;

namespace FriendlyGov.Application.Conduct.RecordObservation;

/// <summary>
/// Checks <see cref="RecordObservation"/>'s fields, and that the rule is one of the configured
/// code of conduct; the official and their posting on the date are checked by the handler.
/// </summary>
/// <param name="conduct">Gives the code of conduct.</param>
internal sealed class RecordObservationValidator(ConductLookup conduct) : IRequestValidator<RecordObservation>
{
    /// <inheritdoc />
    public IEnumerable<Problem> Validate(RecordObservation request)
    {
        Guard.Against.Null(request);
        if (!Official.IsCode(request.OfficialCode ?? string.Empty))
            yield return new Problem("officialCode", $"'{request.OfficialCode}' is not an official's code: letters, digits and '-', such as CB-017");
        if (string.IsNullOrWhiteSpace(request.RuleId)) yield return new Problem("ruleId", "is required");
        else if (conduct.CodeOfConduct() is var code && !code.TryGetRule(request.RuleId, out _))
            yield return new Problem("ruleId", code.NotARule(request.RuleId));
        if (!Enum.IsDefined(request.Source)) yield return new Problem("source", $"{(int)request.Source} is not an observation source");
        if (string.IsNullOrWhiteSpace(request.SourceReference)) yield return new Problem("sourceReference", "is required");
        if (string.IsNullOrWhiteSpace(request.Account)) yield return new Problem("account", "is required");
    }
}
