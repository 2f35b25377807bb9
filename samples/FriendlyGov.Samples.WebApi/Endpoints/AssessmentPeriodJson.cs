using System.Text.Json;
using System.Text.Json.Serialization;
using FriendlyGov.Domain.Periods;

namespace FriendlyGov.Samples.WebApi.Endpoints;

/// <summary>Writes a period as it is written everywhere else, <c>2024</c>, <c>2024-H1</c>, <c>2024-Q2</c> or <c>2024-05</c>, and reads it back.</summary>
internal sealed class AssessmentPeriodJson : JsonConverter<AssessmentPeriod>
{
    /// <inheritdoc />
    public override AssessmentPeriod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        AssessmentPeriod.TryParse(reader.GetString() ?? string.Empty, out var period)
            ? period!
            : throw new JsonException($"'{reader.GetString()}' is not a period such as 2024, 2024-H1, 2024-Q2 or 2024-05");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, AssessmentPeriod value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
