using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace FriendlyGov.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef migrations add … --context SqliteFriendlyGovDbContext</c> build the context.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteFriendlyGovDbContext>
{
    public SqliteFriendlyGovDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteFriendlyGovDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
