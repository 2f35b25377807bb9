using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FriendlyGov.Infrastructure.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CoverRankingByKind : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_assessments_final_standing",
                table: "assessments");

            migrationBuilder.CreateIndex(
                name: "IX_assessments_final_standing",
                table: "assessments",
                columns: new[] { "RoundId", "FinalUnitKind", "FinalRatingRank", "FinalTotal", "UnitCode", "FinalRating", "FinalUnitName", "FinalizedAt" },
                filter: "\"FinalizedAt\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_assessments_final_standing",
                table: "assessments");

            migrationBuilder.CreateIndex(
                name: "IX_assessments_final_standing",
                table: "assessments",
                columns: new[] { "RoundId", "FinalRatingRank", "UnitCode", "FinalUnitKind", "FinalTotal", "FinalRating", "FinalUnitName" },
                filter: "\"FinalizedAt\" IS NOT NULL");
        }
    }
}
