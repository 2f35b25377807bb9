using FriendlyGov.Domain.Periods;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using NodaTime;

namespace FriendlyGov.Samples.WebApi.OpenApi;

/// <summary>
/// Describes NodaTime's values as the strings they are written as in JSON: a
/// <see cref="LocalDate"/> as <c>2025-01-31</c>, an <see cref="Instant"/> as
/// <c>2025-01-31T02:00:00Z</c>, a <see cref="YearMonth"/> as <c>2025-01</c>; and a period
/// (<see cref="AssessmentPeriod"/>) as <c>2024</c>, <c>2024-H1</c>, <c>2024-Q2</c> or <c>2024-05</c>.
/// </summary>
internal sealed class NodaTimeSchemas : IOpenApiSchemaTransformer
{
    /// <inheritdoc />
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        var format = type == typeof(LocalDate) ? "date"
            : type == typeof(Instant) ? "date-time"
            : type == typeof(YearMonth) ? "year-month"
            : type == typeof(AssessmentPeriod) ? "period"
            : null;
        if (format is not null)
        {
            schema.Type = JsonSchemaType.String;
            schema.Format = format;
            schema.Properties?.Clear();
            schema.Required?.Clear();
        }

        return Task.CompletedTask;
    }
}
