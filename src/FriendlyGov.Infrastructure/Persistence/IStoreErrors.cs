namespace FriendlyGov.Infrastructure.Persistence;

/// <summary>
/// What a database provider's own errors mean, read from its error codes, never from its messages'
/// wording (which changes with the server's version and language). Each provider's context
/// implements it, so the provider-neutral core needs no database driver.
/// </summary>
internal interface IStoreErrors
{
    /// <summary>Whether the database refused a row because another row already holds its unique key.</summary>
    /// <param name="storeError">The provider's exception, the inner exception of EF Core's <c>DbUpdateException</c>.</param>
    /// <returns>True for a unique or primary key violation, false for anything else.</returns>
    bool IsUniqueKeyViolation(Exception storeError);
}
