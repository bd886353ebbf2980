using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rehab.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class NcciEdits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "NcciEdits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CompanyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Column1 = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Column2 = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    ModifierIndicator = table.Column<int>(type: "integer", nullable: false),
                    EffectiveDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DeletionDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Rationale = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NcciEdits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NcciEdits_Companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_NcciEdits_CompanyId_Column1_Column2",
                table: "NcciEdits",
                columns: new[] { "CompanyId", "Column1", "Column2" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NcciEdits");
        }
    }
}
