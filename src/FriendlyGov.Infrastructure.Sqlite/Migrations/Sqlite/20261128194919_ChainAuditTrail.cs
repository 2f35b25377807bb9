using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FriendlyGov.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ChainAuditTrail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "audit_trail",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                table: "audit_trail",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            // Entries written before this version are renumbered without gaps here and linked into the
            // hash chain by DependencyInjection.Migrate (or the next save) after it.
            foreach (var statement in FriendlyGov.Infrastructure.Persistence.AuditChainMigration.Renumber)
                migrationBuilder.Sql(statement);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Hash",
                table: "audit_trail");

            migrationBuilder.DropColumn(
                name: "PreviousHash",
                table: "audit_trail");
        }
    }
}
