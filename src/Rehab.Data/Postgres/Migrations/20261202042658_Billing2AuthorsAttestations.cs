using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rehab.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Billing2AuthorsAttestations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DelayedCertificationReason",
                table: "Notes",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "StudentServiceDirected",
                table: "Notes",
                type: "boolean",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DelayedCertificationReason",
                table: "Notes");

            migrationBuilder.DropColumn(
                name: "StudentServiceDirected",
                table: "Notes");
        }
    }
}
