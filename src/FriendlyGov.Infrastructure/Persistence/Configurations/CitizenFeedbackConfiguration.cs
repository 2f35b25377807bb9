using FriendlyGov.Domain.Feedback;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FriendlyGov.Infrastructure.Persistence.Configurations;

/// <summary>Citizen feedback: one row per rating, its scores as columns, its comment only as redacted.</summary>
internal sealed class CitizenFeedbackConfiguration : IEntityTypeConfiguration<CitizenFeedback>
{
    public void Configure(EntityTypeBuilder<CitizenFeedback> builder)
    {
        builder.ConfigureAggregate("feedback");
        builder.Property(f => f.UnitCode).HasMaxLength(5).IsRequired();
        builder.HasIndex(f => new { f.UnitCode, f.TransactionDate });
        builder.Property(f => f.Channel).HasConversion<string>().HasMaxLength(16);
        builder.ComplexProperty(f => f.Scores, scores =>
        {
            scores.Property(s => s.Access).HasColumnName("score_access");
            scores.Property(s => s.Procedure).HasColumnName("score_procedure");
            scores.Property(s => s.Official).HasColumnName("score_official");
            scores.Property(s => s.Result).HasColumnName("score_result");
            scores.Property(s => s.FeedbackHandling).HasColumnName("score_feedback_handling");
            scores.Property(s => s.OfficeSmile).HasColumnName("score_office_smile");
        });
        builder.Property(f => f.Comment);
        builder.Property(f => f.TransactionDate);
        builder.Property(f => f.ReceivedAt);
    }
}
