using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;

namespace FriendlyGov.Samples.WebApi.Limits;

/// <summary>Rate limits per actor and per address, and body limits per endpoint, from <see cref="LimitSettings"/>.</summary>
internal static class RequestLimits
{
    /// <summary>
    /// Adds the rate limiter: a fixed one-minute window per signed-in actor (their id) and another
    /// per client address; a request over either is answered 429 with <c>Retry-After</c>.
    /// </summary>
    /// <param name="services">The app's services.</param>
    /// <param name="limits">The limits.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddRequestLimits(this IServiceCollection services, LimitSettings limits)
    {
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context =>
                    context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } actor
                        ? RateLimitPartition.GetFixedWindowLimiter("actor:" + actor, _ => Window(limits.RequestsPerActorPerMinute))
                        : RateLimitPartition.GetNoLimiter(string.Empty)),
                PartitionedRateLimiter.Create<HttpContext, string>(context =>
                    RateLimitPartition.GetFixedWindowLimiter("address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"), _ => Window(limits.RequestsPerAddressPerMinute))));
            options.OnRejected = async (context, cancellationToken) =>
            {
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 60;
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await Results.Problem(
                        statusCode: StatusCodes.Status429TooManyRequests,
                        title: "Too many requests",
                        detail: $"More than {limits.RequestsPerActorPerMinute} requests a minute from one actor, or {limits.RequestsPerAddressPerMinute} from one address; retry after {seconds} seconds.",
                        type: "https://www.rfc-editor.org/rfc/rfc6585#section-4")
                    .ExecuteAsync(context.HttpContext)
                    .ConfigureAwait(false);
            };
        });
        return services;
    }

    /// <summary>
    /// Caps each request's body by its endpoint's <see cref="BodySize"/>: one that says it is
    /// larger is answered 413 before it is read, and one that turns out larger while read
    /// (chunked) fails with 413 from the server.
    /// </summary>
    /// <param name="app">The app.</param>
    /// <param name="limits">The limits.</param>
    /// <returns>The same app.</returns>
    public static IApplicationBuilder UseBodyLimits(this IApplicationBuilder app, LimitSettings limits) =>
        app.Use(async (context, next) =>
        {
            var size = context.GetEndpoint()?.Metadata.GetMetadata<BodySize>() ?? BodySize.Command;
            var limit = size.Limit(limits);
            if (context.Request.ContentLength > limit)
            {
                await Results.Problem(
                        statusCode: StatusCodes.Status413PayloadTooLarge,
                        title: "The request's body is too large",
                        detail: $"The body is {context.Request.ContentLength} bytes; a {size.Name} here takes at most {limit} bytes. Split a bulk request into several.",
                        type: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14")
                    .ExecuteAsync(context)
                    .ConfigureAwait(false);
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature) feature.MaxRequestBodySize = limit;
            await next(context).ConfigureAwait(false);
        });

    private static FixedWindowRateLimiterOptions Window(int permits) =>
        new() { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true };
}
