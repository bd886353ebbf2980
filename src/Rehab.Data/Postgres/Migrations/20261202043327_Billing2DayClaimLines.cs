using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rehab.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Billing2DayClaimLines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ClaimLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CompanyId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClinicId = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    NoteId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChargeLineId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    DateOfService = table.Column<DateOnly>(type: "date", nullable: false),
                    Code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Units = table.Column<int>(type: "integer", nullable: false),
                    Modifiers = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Discipline = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    PayerId = table.Column<Guid>(type: "uuid", nullable: false),
                    PayerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PayerType = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    SecondaryPayerId = table.Column<Guid>(type: "uuid", nullable: true),
                    SecondaryPayerType = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    RenderingClinicianId = table.Column<Guid>(type: "uuid", nullable: false),
                    SupervisingClinicianId = table.Column<Guid>(type: "uuid", nullable: true),
                    BilledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClaimLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClaimLines_Notes_NoteId",
                        column: x => x.NoteId,
                        principalTable: "Notes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ClaimLines_CompanyId_ClinicId_DateOfService",
                table: "ClaimLines",
                columns: new[] { "CompanyId", "ClinicId", "DateOfService" });

            migrationBuilder.CreateIndex(
                name: "IX_ClaimLines_CompanyId_NoteId",
                table: "ClaimLines",
                columns: new[] { "CompanyId", "NoteId" });

            migrationBuilder.CreateIndex(
                name: "IX_ClaimLines_CompanyId_PatientId_DateOfService",
                table: "ClaimLines",
                columns: new[] { "CompanyId", "PatientId", "DateOfService" });

            migrationBuilder.CreateIndex(
                name: "IX_ClaimLines_NoteId",
                table: "ClaimLines",
                column: "NoteId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClaimLines");
        }
    }
}
