using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rehab.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PayersAndSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ClinicSettings",
                columns: table => new
                {
                    ClinicId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssistantFinalization = table.Column<bool>(type: "INTEGER", nullable: false),
                    SupervisionWording = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    MedicareCarrierNumber = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    MedicareLocalityNumber = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    MedicareFacilityType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    DefaultPlaceOfService = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    AllowPlaceOfServiceChange = table.Column<bool>(type: "INTEGER", nullable: false),
                    RequireReferral = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordExpiry = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    OutcomesExtraQuestions = table.Column<bool>(type: "INTEGER", nullable: false),
                    OutcomesRecommendQuestion = table.Column<bool>(type: "INTEGER", nullable: false),
                    ThresholdChartAlert = table.Column<bool>(type: "INTEGER", nullable: false),
                    ThresholdReviewAmountAlert = table.Column<bool>(type: "INTEGER", nullable: false),
                    ThresholdSchedulerDisplay = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClinicSettings", x => x.ClinicId);
                    table.ForeignKey(
                        name: "FK_ClinicSettings_Clinics_ClinicId",
                        column: x => x.ClinicId,
                        principalTable: "Clinics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ClinicSettings_Companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CompanySettings",
                columns: table => new
                {
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PayerRules = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    AdditionalModifiers = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    InitialExamCaseCopy = table.Column<bool>(type: "INTEGER", nullable: false),
                    EvaluationComplexityCoding = table.Column<bool>(type: "INTEGER", nullable: false),
                    PlanOfCareAlertDays = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompanySettings", x => x.CompanyId);
                    table.ForeignKey(
                        name: "FK_CompanySettings_Companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Payers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PayerId = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    AddressLine = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    City = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    PostalCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    UnitRule = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RequireMinutesPerCode = table.Column<bool>(type: "INTEGER", nullable: false),
                    AppliesTherapyModifiers = table.Column<bool>(type: "INTEGER", nullable: false),
                    AppliesCciEdits = table.Column<bool>(type: "INTEGER", nullable: false),
                    EnabledAdditionalModifiers = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AllowAssistantFinalization = table.Column<bool>(type: "INTEGER", nullable: false),
                    RequireOutcomeSurvey = table.Column<bool>(type: "INTEGER", nullable: false),
                    VisitsPerYearLimit = table.Column<int>(type: "INTEGER", nullable: true),
                    AuthorizationRequired = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Payers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Payers_Companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ClinicSettings_CompanyId",
                table: "ClinicSettings",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_Payers_CompanyId_Name",
                table: "Payers",
                columns: new[] { "CompanyId", "Name" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClinicSettings");

            migrationBuilder.DropTable(
                name: "CompanySettings");

            migrationBuilder.DropTable(
                name: "Payers");
        }
    }
}
