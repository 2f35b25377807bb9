using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FriendlyGov.Infrastructure.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class BindIdempotencyToActorAndContent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Actor",
                table: "idempotency",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ContentHash",
                table: "idempotency",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Actor",
                table: "idempotency");

            migrationBuilder.DropColumn(
                name: "ContentHash",
                table: "idempotency");
        }
    }
}
