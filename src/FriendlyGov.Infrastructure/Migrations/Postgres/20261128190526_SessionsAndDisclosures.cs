using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace FriendlyGov.Infrastructure.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SessionsAndDisclosures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "IX_disclosures_UnitCode_ItemId_Occasion_Channel_PostedFrom",
                table: "disclosures",
                columns: new[] { "UnitCode", "ItemId", "Occasion", "Channel", "PostedFrom" },
                unique: true);

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
                name: "disclosures");

            migrationBuilder.DropTable(
                name: "sessions");
        }
    }
}
