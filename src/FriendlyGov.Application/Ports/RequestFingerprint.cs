using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace FriendlyGov.Application.Ports;

/// <summary>
/// What a command's <c>RequestId</c> is bound to once used: who sent it, which request it was and
/// a hash of everything it asked. A retry matches only when all three are the same.
/// </summary>
/// <param name="Actor">The sender's actor id (<see cref="Ports.Actor.Id"/>); empty for a record kept before this was remembered.</param>
/// <param name="Request">The request's type name, such as <c>RecordEvidence</c>.</param>
/// <param name="ContentHash">
/// The SHA-256 of the request's canonical JSON (<see cref="Of{TRequest}"/>), 64 lowercase
/// hexadecimal digits; empty for a record kept before this was remembered.
/// </param>
public sealed record RequestFingerprint(string Actor, string Request, string ContentHash)
{
    private static readonly JsonSerializerOptions Canonical = CreateOptions();

    /// <summary>The fingerprint of a request sent by an actor.</summary>
    /// <remarks>
    /// The content hashed is the request serialized with System.Text.Json as its declared type:
    /// every public property in declaration order (the <c>RequestId</c> included) under its C#
    /// name, nulls written, enums by name, NodaTime values as ISO text, text as sent (no Unicode
    /// normalization), UTF-8 without escaping beyond what JSON requires. Two sends of the same
    /// record therefore hash the same; any field that differs changes the hash.
    /// </remarks>
    /// <typeparam name="TRequest">The request's type.</typeparam>
    /// <param name="actor">The sender's actor id.</param>
    /// <param name="request">The request.</param>
    /// <returns>The fingerprint.</returns>
    public static RequestFingerprint Of<TRequest>(string actor, TRequest request)
    {
        Guard.Against.Null(actor);
        Guard.Against.Null(request);
        var content = JsonSerializer.SerializeToUtf8Bytes(request, Canonical);
        return new RequestFingerprint(actor, typeof(TRequest).Name, Convert.ToHexStringLower(SHA256.HashData(content)));
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
