using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rehab.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Clinical : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MarketingSources",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MarketingSources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MarketingSources_Companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Patients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClinicId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PreferredName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    GenderIdentity = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Pronouns = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AddressLine1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AddressLine2 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    City = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    PostalCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    MedicalRecordNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Patients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Patients_Clinics_ClinicId",
                        column: x => x.ClinicId,
                        principalTable: "Clinics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Patients_Companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReferringPhysicians",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Npi = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Fax = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferringPhysicians", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReferringPhysicians_Companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Policies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PayerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    GroupNumber = table.Column<string>(type: "TEXT", maxLength: 15, nullable: true),
                    SubscriberName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Relationship = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Priority = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EffectiveTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MedicarePriorAmounts = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Policies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Policies_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Policies_Payers_PayerId",
                        column: x => x.PayerId,
                        principalTable: "Payers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReferringPhysicianId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MarketingSourceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReceivedDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DiagnosisCodes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Referrals_MarketingSources_MarketingSourceId",
                        column: x => x.MarketingSourceId,
                        principalTable: "MarketingSources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referrals_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Referrals_ReferringPhysicians_ReferringPhysicianId",
                        column: x => x.ReferringPhysicianId,
                        principalTable: "ReferringPhysicians",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClinicId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PrimaryPolicyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SecondaryPolicyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PlaceOfService = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    ReferralId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssignedTherapistId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TreatingDiagnoses = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AuthorizedVisits = table.Column<int>(type: "INTEGER", nullable: true),
                    AuthorizationStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AuthorizationEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AuthorizationNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DischargedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cases_AspNetUsers_AssignedTherapistId",
                        column: x => x.AssignedTherapistId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cases_Clinics_ClinicId",
                        column: x => x.ClinicId,
                        principalTable: "Clinics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cases_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Cases_Policies_PrimaryPolicyId",
                        column: x => x.PrimaryPolicyId,
                        principalTable: "Policies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cases_Policies_SecondaryPolicyId",
                        column: x => x.SecondaryPolicyId,
                        principalTable: "Policies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cases_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Notes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClinicId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DateOfService = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Subjective = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Objective = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Assessment = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Plan = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Evaluation = table.Column<string>(type: "TEXT", maxLength: 60000, nullable: true),
                    TotalTreatmentMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    OutcomeSurveyAttached = table.Column<bool>(type: "INTEGER", nullable: false),
                    OutcomeSurveyComplete = table.Column<bool>(type: "INTEGER", nullable: false),
                    TieChoice = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ForwardedToId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ForwardedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SupervisionWording = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    FinalizedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    FinalizedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FinalizationKind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    SupervisingTherapistId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BilledUnitRule = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    BilledUnitRuleReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Notes_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Notes_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Notes_Clinics_ClinicId",
                        column: x => x.ClinicId,
                        principalTable: "Clinics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Notes_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ChargeLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NoteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Minutes = table.Column<int>(type: "INTEGER", nullable: true),
                    AssistantMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    DateOfService = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PlaceOfService = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    ChosenModifiers = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    SeparateBlockOrRegion = table.Column<bool>(type: "INTEGER", nullable: false),
                    BilledUnits = table.Column<int>(type: "INTEGER", nullable: true),
                    BilledModifiers = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    BilledExplanation = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChargeLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChargeLines_Notes_NoteId",
                        column: x => x.NoteId,
                        principalTable: "Notes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NoteAddenda",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NoteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    SignedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NoteAddenda", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NoteAddenda_Notes_NoteId",
                        column: x => x.NoteId,
                        principalTable: "Notes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AssignedTherapistId",
                table: "Cases",
                column: "AssignedTherapistId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ClinicId",
                table: "Cases",
                column: "ClinicId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_CompanyId_ClinicId_Status",
                table: "Cases",
                columns: new[] { "CompanyId", "ClinicId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_CompanyId_PatientId",
                table: "Cases",
                columns: new[] { "CompanyId", "PatientId" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_PatientId",
                table: "Cases",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_PrimaryPolicyId",
                table: "Cases",
                column: "PrimaryPolicyId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ReferralId",
                table: "Cases",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_SecondaryPolicyId",
                table: "Cases",
                column: "SecondaryPolicyId");

            migrationBuilder.CreateIndex(
                name: "IX_ChargeLines_CompanyId_NoteId",
                table: "ChargeLines",
                columns: new[] { "CompanyId", "NoteId" });

            migrationBuilder.CreateIndex(
                name: "IX_ChargeLines_NoteId",
                table: "ChargeLines",
                column: "NoteId");

            migrationBuilder.CreateIndex(
                name: "IX_MarketingSources_CompanyId_Name",
                table: "MarketingSources",
                columns: new[] { "CompanyId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NoteAddenda_CompanyId_NoteId",
                table: "NoteAddenda",
                columns: new[] { "CompanyId", "NoteId" });

            migrationBuilder.CreateIndex(
                name: "IX_NoteAddenda_NoteId",
                table: "NoteAddenda",
                column: "NoteId");

            migrationBuilder.CreateIndex(
                name: "IX_Notes_AuthorId",
                table: "Notes",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_Notes_ClinicId",
                table: "Notes",
                column: "ClinicId");

            migrationBuilder.CreateIndex(
                name: "IX_Notes_CompanyId_AuthorId_Status",
                table: "Notes",
                columns: new[] { "CompanyId", "AuthorId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Notes_CompanyId_CaseId",
                table: "Notes",
                columns: new[] { "CompanyId", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_Notes_CompanyId_ForwardedToId_Status",
                table: "Notes",
                columns: new[] { "CompanyId", "ForwardedToId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Notes_OneDischarge",
                table: "Notes",
                column: "CaseId",
                unique: true,
                filter: "\"Type\" IN ('DischargeSummary', 'AdministrativeDischarge')");

            migrationBuilder.CreateIndex(
                name: "IX_Notes_OneInitialEvaluation",
                table: "Notes",
                column: "CaseId",
                unique: true,
                filter: "\"Type\" = 'InitialEvaluation'");

            migrationBuilder.CreateIndex(
                name: "IX_Notes_PatientId",
                table: "Notes",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_Patients_ClinicId",
                table: "Patients",
                column: "ClinicId");

            migrationBuilder.CreateIndex(
                name: "IX_Patients_CompanyId_DateOfBirth",
                table: "Patients",
                columns: new[] { "CompanyId", "DateOfBirth" });

            migrationBuilder.CreateIndex(
                name: "IX_Patients_CompanyId_LastName_FirstName",
                table: "Patients",
                columns: new[] { "CompanyId", "LastName", "FirstName" });

            migrationBuilder.CreateIndex(
                name: "IX_Patients_CompanyId_MedicalRecordNumber",
                table: "Patients",
                columns: new[] { "CompanyId", "MedicalRecordNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Policies_CompanyId_PatientId",
                table: "Policies",
                columns: new[] { "CompanyId", "PatientId" });

            migrationBuilder.CreateIndex(
                name: "IX_Policies_PatientId",
                table: "Policies",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_Policies_PayerId",
                table: "Policies",
                column: "PayerId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_CompanyId_PatientId",
                table: "Referrals",
                columns: new[] { "CompanyId", "PatientId" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_MarketingSourceId",
                table: "Referrals",
                column: "MarketingSourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_PatientId",
                table: "Referrals",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ReferringPhysicianId",
                table: "Referrals",
                column: "ReferringPhysicianId");

            migrationBuilder.CreateIndex(
                name: "IX_ReferringPhysicians_CompanyId_Npi",
                table: "ReferringPhysicians",
                columns: new[] { "CompanyId", "Npi" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChargeLines");

            migrationBuilder.DropTable(
                name: "NoteAddenda");

            migrationBuilder.DropTable(
                name: "Notes");

            migrationBuilder.DropTable(
                name: "Cases");

            migrationBuilder.DropTable(
                name: "Policies");

            migrationBuilder.DropTable(
                name: "Referrals");

            migrationBuilder.DropTable(
                name: "MarketingSources");

            migrationBuilder.DropTable(
                name: "Patients");

            migrationBuilder.DropTable(
                name: "ReferringPhysicians");
        }
    }
}
