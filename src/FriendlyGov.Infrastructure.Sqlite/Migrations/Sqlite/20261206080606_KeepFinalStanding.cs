using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FriendlyGov.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class KeepFinalStanding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FinalFramework",
                table: "assessments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FinalPeriod",
                table: "assessments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FinalRating",
                table: "assessments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FinalRatingRank",
                table: "assessments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "FinalTotal",
                table: "assessments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FinalUnitKind",
                table: "assessments",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FinalUnitName",
                table: "assessments",
                type: "TEXT",
                nullable: true);

            // Scorecards finalized before these columns existed give them their values here.
            migrationBuilder.Sql(FriendlyGov.Infrastructure.Persistence.FinalStandingMigration.Sqlite);

            migrationBuilder.CreateIndex(
                name: "IX_assessments_final_standing",
                table: "assessments",
                columns: new[] { "RoundId", "FinalRatingRank", "UnitCode", "FinalUnitKind", "FinalTotal", "FinalRating", "FinalUnitName" },
                filter: "\"FinalizedAt\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_assessments_final_standing",
                table: "assessments");

            migrationBuilder.DropColumn(
                name: "FinalFramework",
                table: "assessments");

            migrationBuilder.DropColumn(
                name: "FinalPeriod",
                table: "assessments");

            migrationBuilder.DropColumn(
                name: "FinalRating",
                table: "assessments");

            migrationBuilder.DropColumn(
                name: "FinalRatingRank",
                table: "assessments");

            migrationBuilder.DropColumn(
                name: "FinalTotal",
                table: "assessments");

            migrationBuilder.DropColumn(
                name: "FinalUnitKind",
                table: "assessments");

            migrationBuilder.DropColumn(
                name: "FinalUnitName",
                table: "assessments");
        }
    }
}
