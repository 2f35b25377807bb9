using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace FriendlyGov.Infrastructure.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FieldEvidenceAndPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "coordination_plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Province = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    title = table.Column<string>(type: "text", nullable: false),
                    Period = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    items = table.Column<string>(type: "text", nullable: false),
                    parties = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_coordination_plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "disclosures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    ItemId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Occasion = table.Column<LocalDate>(type: "date", nullable: false),
                    Channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PostedFrom = table.Column<LocalDate>(type: "date", nullable: false),
                    PostedUntil = table.Column<LocalDate>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disclosures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dossier_statistics",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Period = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    filed_online = table.Column<int>(type: "integer", nullable: false),
                    overdue = table.Column<int>(type: "integer", nullable: false),
                    pending = table.Column<int>(type: "integer", nullable: false),
                    received = table.Column<int>(type: "integer", nullable: false),
                    resolved_late = table.Column<int>(type: "integer", nullable: false),
                    resolved_on_time = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dossier_statistics", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "feedback",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    TransactionDate = table.Column<LocalDate>(type: "date", nullable: false),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Comment = table.Column<string>(type: "text", nullable: true),
                    ReceivedAt = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    score_access = table.Column<int>(type: "integer", nullable: false),
                    score_feedback_handling = table.Column<int>(type: "integer", nullable: false),
                    score_office_smile = table.Column<int>(type: "integer", nullable: false),
                    score_official = table.Column<int>(type: "integer", nullable: false),
                    score_procedure = table.Column<int>(type: "integer", nullable: false),
                    score_result = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_feedback", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    HeldOn = table.Column<LocalDate>(type: "date", nullable: false),
                    ChairCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ChairRole = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Attendance = table.Column<int>(type: "integer", nullable: false),
                    issues = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sessions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_coordination_plans_Province",
                table: "coordination_plans",
                column: "Province");

            migrationBuilder.CreateIndex(
                name: "IX_disclosures_UnitCode_ItemId_Occasion_Channel_PostedFrom",
                table: "disclosures",
                columns: new[] { "UnitCode", "ItemId", "Occasion", "Channel", "PostedFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dossier_statistics_UnitCode_Period",
                table: "dossier_statistics",
                columns: new[] { "UnitCode", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_feedback_UnitCode_TransactionDate",
                table: "feedback",
                columns: new[] { "UnitCode", "TransactionDate" });

            migrationBuilder.CreateIndex(
                name: "IX_sessions_UnitCode_HeldOn",
                table: "sessions",
                columns: new[] { "UnitCode", "HeldOn" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "coordination_plans");

            migrationBuilder.DropTable(
                name: "disclosures");

            migrationBuilder.DropTable(
                name: "dossier_statistics");

            migrationBuilder.DropTable(
                name: "feedback");

            migrationBuilder.DropTable(
                name: "sessions");
        }
    }
}
