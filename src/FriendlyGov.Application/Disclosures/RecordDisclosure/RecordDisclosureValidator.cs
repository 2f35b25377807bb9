using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Application.Disclosures.RecordDisclosure;

/// <summary>Checks <see cref="RecordDisclosure"/>'s fields, and that the item is in the configured catalogue; dates against today are checked by the handler.</summary>
/// <param name="options">Holds the catalogue.</param>
internal sealed class RecordDisclosureValidator(FriendlyGovOptions options) : IRequestValidator<RecordDisclosure>
{
    /// <inheritdoc />
    public IEnumerable<Problem> Validate(RecordDisclosure request)
    {
        Guard.Against.Null(request);
        if (!AssessedUnit.IsUnitCode(request.UnitCode ?? string.Empty)) yield return UnitCodeField.NotAUnitCode("unitCode", request.UnitCode);
        if (string.IsNullOrWhiteSpace(request.ItemId)) yield return new Problem("itemId", "is required");
        else if (!options.DisclosureCatalogue.TryGetItem(request.ItemId, out _)) yield return new Problem("itemId", options.DisclosureCatalogue.NotAnItem(request.ItemId));
        if (!Enum.IsDefined(request.Channel)) yield return new Problem("channel", $"{(int)request.Channel} is not a disclosure channel");
        if (request.PostedUntil is { } until && until < request.PostedFrom)
            yield return new Problem("postedUntil", $"{until:uuuu-MM-dd} is before the first day posted, {request.PostedFrom:uuuu-MM-dd}");
    }
}
