using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rehab.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class OutcomeSurveys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OutcomeSurveys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CompanyId = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    NoteId = table.Column<Guid>(type: "uuid", nullable: false),
                    InstrumentCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Answers = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Score = table.Column<decimal>(type: "numeric(6,1)", precision: 6, scale: 1, nullable: true),
                    Complete = table.Column<bool>(type: "boolean", nullable: false),
                    Recommend = table.Column<int>(type: "integer", nullable: true),
                    Satisfaction = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutcomeSurveys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutcomeSurveys_Notes_NoteId",
                        column: x => x.NoteId,
                        principalTable: "Notes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OutcomeSurveys_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OutcomeSurveys_CompanyId_PatientId",
                table: "OutcomeSurveys",
                columns: new[] { "CompanyId", "PatientId" });

            migrationBuilder.CreateIndex(
                name: "IX_OutcomeSurveys_NoteId_InstrumentCode",
                table: "OutcomeSurveys",
                columns: new[] { "NoteId", "InstrumentCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutcomeSurveys_PatientId",
                table: "OutcomeSurveys",
                column: "PatientId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OutcomeSurveys");
        }
    }
}
