using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rehab.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TrainingCourseRemoval : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Courses_GroupId_Title",
                table: "Courses");

            migrationBuilder.AddColumn<DateOnly>(
                name: "RemovedOn",
                table: "Courses",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Courses_GroupId_Title",
                table: "Courses",
                columns: new[] { "GroupId", "Title" },
                unique: true,
                filter: "\"RemovedOn\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Courses_GroupId_Title",
                table: "Courses");

            migrationBuilder.DropColumn(
                name: "RemovedOn",
                table: "Courses");

            migrationBuilder.CreateIndex(
                name: "IX_Courses_GroupId_Title",
                table: "Courses",
                columns: new[] { "GroupId", "Title" },
                unique: true);
        }
    }
}
