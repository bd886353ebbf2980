using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rehab.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class FeeSchedule : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FeeScheduleAmounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CompanyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    CarrierNumber = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    LocalityNumber = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    FacilityType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AllowedAmount = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeeScheduleAmounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FeeScheduleAmounts_Companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FeeScheduleAmounts_CompanyId_Year_Code_CarrierNumber_Locali~",
                table: "FeeScheduleAmounts",
                columns: new[] { "CompanyId", "Year", "Code", "CarrierNumber", "LocalityNumber", "FacilityType" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FeeScheduleAmounts");
        }
    }
}
