using FriendlyGov.Domain.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FriendlyGov.Infrastructure.Persistence.Configurations;

internal sealed class MorningSessionConfiguration : IEntityTypeConfiguration<MorningSession>
{
    public void Configure(EntityTypeBuilder<MorningSession> builder)
    {
        builder.ConfigureAggregate("sessions");
        builder.Property(s => s.UnitCode).HasMaxLength(5).IsRequired();
        builder.Property(s => s.HeldOn);
        builder.HasIndex(s => new { s.UnitCode, s.HeldOn }).IsUnique();
        builder.Property(s => s.ChairCode).HasMaxLength(64).IsRequired();
        builder.Property(s => s.ChairRole).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Attendance);
        builder.Ignore(s => s.ChairedByHead);
        builder.Ignore(s => s.Issues);
        builder.JsonList<MorningSession, RaisedIssue>("_issues", "issues");
    }
}
