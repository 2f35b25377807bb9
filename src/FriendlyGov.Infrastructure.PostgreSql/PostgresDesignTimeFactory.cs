using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace FriendlyGov.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresFriendlyGovDbContext</c> build the context; no server is contacted.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresFriendlyGovDbContext>
{
    public PostgresFriendlyGovDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresFriendlyGovDbContext>()
            .UseNpgsql("Host=localhost;Database=friendlygov", npgsql => npgsql.UseNodaTime())
            .Options);
}
