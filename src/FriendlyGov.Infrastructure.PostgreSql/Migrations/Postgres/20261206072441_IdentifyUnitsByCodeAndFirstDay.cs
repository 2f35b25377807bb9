using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace FriendlyGov.Infrastructure.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class IdentifyUnitsByCodeAndFirstDay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_units_Code",
                table: "units");

            migrationBuilder.DropIndex(
                name: "IX_assessments_UnitCode",
                table: "assessments");

            migrationBuilder.AddColumn<string>(
                name: "predecessors",
                table: "units",
                type: "text",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "successors",
                table: "units",
                type: "text",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<LocalDate>(
                name: "UnitExistedFrom",
                table: "assessments",
                type: "date",
                nullable: false,
                defaultValue: new NodaTime.LocalDate(1, 1, 1));

            // Before this migration a code named one unit, so each assessment's unit is the one with its code.
            migrationBuilder.Sql("UPDATE assessments a SET \"UnitExistedFrom\" = u.\"ExistedFrom\" FROM units u WHERE u.\"Code\" = a.\"UnitCode\";");

            migrationBuilder.CreateIndex(
                name: "IX_units_Code_ExistedFrom",
                table: "units",
                columns: new[] { "Code", "ExistedFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assessments_UnitCode_UnitExistedFrom",
                table: "assessments",
                columns: new[] { "UnitCode", "UnitExistedFrom" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_units_Code_ExistedFrom",
                table: "units");

            migrationBuilder.DropIndex(
                name: "IX_assessments_UnitCode_UnitExistedFrom",
                table: "assessments");

            migrationBuilder.DropColumn(
                name: "predecessors",
                table: "units");

            migrationBuilder.DropColumn(
                name: "successors",
                table: "units");

            migrationBuilder.DropColumn(
                name: "UnitExistedFrom",
                table: "assessments");

            migrationBuilder.CreateIndex(
                name: "IX_units_Code",
                table: "units",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assessments_UnitCode",
                table: "assessments",
                column: "UnitCode");
        }
    }
}
