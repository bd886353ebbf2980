using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rehab.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Billing2MedicareModifiers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AppliesAssistantModifiers",
                table: "Payers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "KxAttestationApplies",
                table: "Notes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "KxAttestationReason",
                table: "Notes",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "KxAttestedAt",
                table: "Notes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "KxAttestedById",
                table: "Notes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "BilledAssistantUnits",
                table: "ChargeLines",
                type: "INTEGER",
                nullable: true);

            // Medicare types always apply GP/GO/GN (Pub. 100-04 Ch. 5 §20.1) and CQ/CO (SSA §1834(v)): correct
            // payers stored otherwise, and turn CQ/CO on for Medicare Replacement as its new default.
            migrationBuilder.Sql(
                "UPDATE \"Payers\" SET \"AppliesTherapyModifiers\" = 1, \"AppliesAssistantModifiers\" = 1 " +
                "WHERE \"Type\" IN ('Medicare', 'MedicareReplacement');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AppliesAssistantModifiers",
                table: "Payers");

            migrationBuilder.DropColumn(
                name: "KxAttestationApplies",
                table: "Notes");

            migrationBuilder.DropColumn(
                name: "KxAttestationReason",
                table: "Notes");

            migrationBuilder.DropColumn(
                name: "KxAttestedAt",
                table: "Notes");

            migrationBuilder.DropColumn(
                name: "KxAttestedById",
                table: "Notes");

            migrationBuilder.DropColumn(
                name: "BilledAssistantUnits",
                table: "ChargeLines");
        }
    }
}
