using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace FriendlyGov.Samples.WebApi.Tests;

/// <summary>Sends JSON to the API and reads its answers, asserting the status first.</summary>
internal static class Http
{
    /// <summary>The API's JSON: camelCase, enums by camelCase name, NodaTime as ISO strings.</summary>
    public static JsonSerializerOptions Json { get; } =
        new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } }
            .ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static Task<HttpResponseMessage> Post(this HttpClient client, string url, object? body = null) =>
        client.PostAsJsonAsync(url, body ?? new { }, Json, Cancel);

    public static Task<HttpResponseMessage> Get(this HttpClient client, string url) => client.GetAsync(new Uri(url, UriKind.Relative), Cancel);

    /// <summary>Asserts a 200 and reads the body.</summary>
    public static async Task<T> Ok<T>(this Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        var text = await response.Content.ReadAsStringAsync(Cancel);
        response.StatusCode.Should().Be(HttpStatusCode.OK, text);
        return JsonSerializer.Deserialize<T>(text, Json)!;
    }

    /// <summary>Asserts the status and an RFC 9457 problem, and reads it.</summary>
    public static async Task<JsonElement> Problem(this Task<HttpResponseMessage> sending, HttpStatusCode status)
    {
        using var response = await sending;
        var text = await response.Content.ReadAsStringAsync(Cancel);
        response.StatusCode.Should().Be(status, text);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
        text.Should().NotContain("   at ", "a problem never carries a stack trace");
        var problem = JsonDocument.Parse(text).RootElement.Clone();
        problem.GetProperty("status").GetInt32().Should().Be((int)status);
        return problem;
    }

    /// <summary>The field names of a validation problem's <c>errors</c>.</summary>
    public static IEnumerable<string> ErrorFields(this JsonElement problem) =>
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name);
}
