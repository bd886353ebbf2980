using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rehab.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class UserHomeClinicAndTemplate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "HomeClinicId",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RoleTemplate",
                table: "AspNetUsers",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_HomeClinicId",
                table: "AspNetUsers",
                column: "HomeClinicId");

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUsers_Clinics_HomeClinicId",
                table: "AspNetUsers",
                column: "HomeClinicId",
                principalTable: "Clinics",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AspNetUsers_Clinics_HomeClinicId",
                table: "AspNetUsers");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_HomeClinicId",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "HomeClinicId",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "RoleTemplate",
                table: "AspNetUsers");
        }
    }
}
