using Microsoft.EntityFrameworkCore;

namespace FriendlyGov.Infrastructure.Persistence;

/// <summary>
/// The FriendlyGov database on PostgreSQL, for a province or the whole country. NodaTime types
/// are stored natively through Npgsql's NodaTime plugin: local dates as <c>date</c>, instants as
/// <c>timestamp with time zone</c>.
/// </summary>
/// <param name="options">The context's options.</param>
public sealed class PostgresFriendlyGovDbContext(DbContextOptions<PostgresFriendlyGovDbContext> options) : FriendlyGovDbContext(options);
