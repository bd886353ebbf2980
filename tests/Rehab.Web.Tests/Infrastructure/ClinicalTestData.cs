using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Core.Cases;
using Rehab.Core.Patients;
using Rehab.Data;
using Rehab.Data.Cases;
using Rehab.Data.Patients;

namespace Rehab.Web.Tests.Infrastructure;

/// <summary>A patient with policies and an active case, stored directly, for tests about what happens on a case.</summary>
public sealed record TestCase(Guid PatientId, Guid CaseId, Guid ClinicId, Guid PrimaryPolicyId, Guid? SecondaryPolicyId);

public static class ClinicalTestData
{
    /// <param name="primaryPayer">The name of one of the demo company's payers, such as "Aetna PPO" or "Medicare Part B".</param>
    /// <param name="therapist">The user name of the case's assigned therapist.</param>
    public static Task<TestCase> AddCaseAsync(this RehabAppFactory app, string clinic = "Phoenix Central", string primaryPayer = "Aetna PPO",
        string? secondaryPayer = null, string therapist = "therapist", IReadOnlyList<string>? diagnoses = null, string companyName = "Desert Sun Rehab") =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RehabDbContext>();
            var companyId = await db.Companies.IgnoreQueryFilters().Where(c => c.Name == companyName).Select(c => c.Id).SingleAsync();
            var clinicId = await db.Clinics.IgnoreQueryFilters().Where(c => c.CompanyId == companyId && c.Name == clinic).Select(c => c.Id).SingleAsync();
            var therapistId = await db.Users.IgnoreQueryFilters().Where(u => u.UserName == therapist).Select(u => u.Id).SingleAsync();
            async Task<Guid> PayerAsync(string name) =>
                await db.Payers.IgnoreQueryFilters().Where(p => p.CompanyId == companyId && p.Name == name).Select(p => p.Id).SingleAsync();

            var mrn = TestData.Unique("T-").ToUpperInvariant();
            var patient = new Patient
            {
                CompanyId = companyId, ClinicId = clinicId, FirstName = "Pat", LastName = mrn, MedicalRecordNumber = mrn,
                DateOfBirth = new DateOnly(1956, 4, 2), Sex = Sex.Female, CreatedAt = DateTimeOffset.UtcNow,
            };
            var primary = new Policy { CompanyId = companyId, PatientId = patient.Id, PayerId = await PayerAsync(primaryPayer), MemberId = "M" + mrn[2..] };
            Policy? secondary = secondaryPayer is null ? null : new Policy
            {
                CompanyId = companyId, PatientId = patient.Id, PayerId = await PayerAsync(secondaryPayer), MemberId = "S" + mrn[2..],
                Priority = PolicyPriority.Secondary,
            };
            var @case = new Case
            {
                CompanyId = companyId, ClinicId = clinicId, PatientId = patient.Id, Title = "Low back pain", PrimaryPolicyId = primary.Id,
                SecondaryPolicyId = secondary?.Id, PlaceOfService = "11", AssignedTherapistId = therapistId,
                TreatingDiagnoses = string.Join(',', diagnoses ?? ["M54.50"]), Status = CaseStatus.Active, CreatedAt = DateTimeOffset.UtcNow,
            };
            db.Patients.Add(patient);
            db.Policies.Add(primary);
            if (secondary is not null)
                db.Policies.Add(secondary);
            db.Cases.Add(@case);
            await db.SaveChangesAsync();
            return new TestCase(patient.Id, @case.Id, clinicId, primary.Id, secondary?.Id);
        });
}
