namespace FriendlyGov.Infrastructure.Persistence;

/// <summary>
/// Whether one service provider has brought its database to the current schema yet: the first
/// scope to use the database migrates it, later scopes of the same provider do not check again.
/// </summary>
/// <remarks>
/// One per registration, a singleton of the provider, never a static: a new provider on the same
/// connection string (say after the app deleted its database file) migrates again.
/// </remarks>
/// <param name="contextType">The provider's context type, resolved by the explicit migration step.</param>
internal sealed class DatabaseMigration(Type contextType)
{
    private readonly Lock _gate = new();
    private volatile bool _done;

    /// <summary>The provider's context type, such as <c>SqliteFriendlyGovDbContext</c>.</summary>
    public Type ContextType { get; } = contextType;

    /// <summary>Migrates the database through <paramref name="context"/> unless this provider already did.</summary>
    /// <param name="context">The scope's context.</param>
    public void OnFirstUse(FriendlyGovDbContext context)
    {
        if (_done) return;
        lock (_gate)
        {
            if (_done) return;
            DependencyInjection.Migrate(context);
            _done = true;
        }
    }

    /// <summary>Migrates the database through <paramref name="context"/> now, whatever was done before.</summary>
    /// <param name="context">A context on the database.</param>
    public void Run(FriendlyGovDbContext context)
    {
        lock (_gate)
        {
            DependencyInjection.Migrate(context);
            _done = true;
        }
    }
}
