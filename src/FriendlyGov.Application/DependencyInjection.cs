using System.Reflection;
using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Behaviors;
using FriendlyGov.Application.Notifications;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Scoring;
using FriendlyGov.Application.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FriendlyGov.Application;

/// <summary>Wires the FriendlyGov workflow into an app's services.</summary>
public static class DependencyInjection
{
    private static readonly Type[] Registered =
    [
        typeof(IRequestHandler<,>), typeof(INotificationHandler<>), typeof(IRequestValidator<>), typeof(IRequestAuthorizer<>),
    ];

    /// <summary>
    /// Registers MediatR 5.1.0 with every request handler, validator and authorizer of the
    /// workflow, and the pipeline behaviours in this order: telemetry (a span, metrics and log
    /// events per request; see <see cref="Telemetry.FriendlyGovTelemetry"/>), validation, authorization,
    /// idempotency, commit (audit entry, idempotency record and the change saved in one unit
    /// of work, notifications published after), then, around the handler, the domain's refusals
    /// turned into <see cref="WorkflowException"/>. The frameworks and codes of conduct come from
    /// <see cref="IFrameworkCatalog"/> and <see cref="IConductCodeCatalog"/>, the built-in ones
    /// unless the app registers its own first.
    /// </summary>
    /// <remarks>
    /// The app adds its stores (<see cref="IRepository{T}"/> and <see cref="IReadRepository{T}"/>
    /// for each aggregate, <see cref="IUnitOfWork"/>, <see cref="IAuditTrail"/>,
    /// <see cref="IIdempotencyStore"/>), its <see cref="ICurrentActor"/> and a NodaTime
    /// <c>IClock</c>. Send each request from its own service scope.
    /// </remarks>
    /// <param name="services">The app's services.</param>
    /// <param name="configure">Changes the settings; optional.</param>
    /// <returns>The same services, for chaining.</returns>
    public static IServiceCollection AddFriendlyGov(this IServiceCollection services, Action<FriendlyGovOptions>? configure = null)
    {
        Guard.Against.Null(services);
        var options = new FriendlyGovOptions();
        configure?.Invoke(options);
        services.TryAddSingleton(options);

        services.TryAddScoped<ServiceFactory>(provider => type => provider.GetService(type)!);
        services.TryAddScoped<IMediator, Mediator>();
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(TelemetryBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(IdempotencyBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(CommitBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(DomainRuleBehavior<,>));

        services.TryAddScoped<AuditContext>();
        services.TryAddScoped<NotificationOutbox>();
        services.TryAddScoped<AssessmentScoring>();
        services.AddScoped<IDataSourceMeasurer, Scoring.Measurers.ConductMeasurer>();
        services.AddScoped<IDataSourceMeasurer, Scoring.Measurers.FeedbackMeasurer>();
        services.AddScoped<IDataSourceMeasurer, Scoring.Measurers.SessionMeasurer>();
        services.AddScoped<IDataSourceMeasurer, Scoring.Measurers.DisclosureMeasurer>();
        services.AddScoped<IDataSourceMeasurer, Scoring.Measurers.DossierMeasurer>();
        services.TryAddScoped<StepContext>();
        services.TryAddScoped<Assessments.AssessmentLookup>();
        services.TryAddScoped<Units.UnitLookup>();
        services.TryAddScoped<Units.UnitPeriodRecords>();
        services.TryAddScoped<Conduct.ConductLookup>();
        services.TryAddScoped<Plans.PlanLookup>();
        services.TryAddScoped(typeof(ByIdLookup<>));
        services.TryAddSingleton<IFrameworkCatalog, BuiltInFrameworkCatalog>();
        services.TryAddSingleton<IConductCodeCatalog, BuiltInConductCodeCatalog>();

        foreach (var type in typeof(DependencyInjection).Assembly.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false }))
        {
            foreach (var service in type.GetInterfaces().Where(i => i.IsGenericType && Registered.Contains(i.GetGenericTypeDefinition())))
                services.AddTransient(service, type);
        }

        return services;
    }
}
