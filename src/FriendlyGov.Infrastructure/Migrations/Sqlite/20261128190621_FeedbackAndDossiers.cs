using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FriendlyGov.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FeedbackAndDossiers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dossier_statistics",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    filed_online = table.Column<int>(type: "INTEGER", nullable: false),
                    overdue = table.Column<int>(type: "INTEGER", nullable: false),
                    pending = table.Column<int>(type: "INTEGER", nullable: false),
                    received = table.Column<int>(type: "INTEGER", nullable: false),
                    resolved_late = table.Column<int>(type: "INTEGER", nullable: false),
                    resolved_on_time = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dossier_statistics", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "feedback",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    TransactionDate = table.Column<string>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", nullable: true),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    score_access = table.Column<int>(type: "INTEGER", nullable: false),
                    score_feedback_handling = table.Column<int>(type: "INTEGER", nullable: false),
                    score_office_smile = table.Column<int>(type: "INTEGER", nullable: false),
                    score_official = table.Column<int>(type: "INTEGER", nullable: false),
                    score_procedure = table.Column<int>(type: "INTEGER", nullable: false),
                    score_result = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_feedback", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_dossier_statistics_UnitCode_Period",
                table: "dossier_statistics",
                columns: new[] { "UnitCode", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_feedback_UnitCode_TransactionDate",
                table: "feedback",
                columns: new[] { "UnitCode", "TransactionDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dossier_statistics");

            migrationBuilder.DropTable(
                name: "feedback");
        }
    }
}
