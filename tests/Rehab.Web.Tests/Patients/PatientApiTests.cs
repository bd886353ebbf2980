using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Core.Audit;
using Rehab.Data;
using Rehab.Web.Tests.Infrastructure;
using static Rehab.Web.Tests.Patients.PatientApi;

namespace Rehab.Web.Tests.Patients;

public sealed class PatientApiTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, Providers]
    public async Task A_new_patient_is_found_by_name_date_of_birth_and_medical_record_number(string provider)
    {
        var app = apps[provider];
        var api = await app.ClientForAsync("frontoffice");
        var lastName = TestData.Unique("Quintero");
        var mrn = TestData.Unique("mrn-");
        var created = await api.PostAsJsonAsync("/api/v1/patients", Patient(await app.ClinicIdAsync("Phoenix Central"), lastName, mrn, "1948-02-29"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var patient = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = patient.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/patients/{id}", created.Headers.Location?.ToString());
        Assert.Equal(mrn.ToUpperInvariant(), patient.GetProperty("medicalRecordNumber").GetString());
        Assert.Equal("(602) 555-0101", patient.GetProperty("phone").GetString());
        Assert.Equal("AZ", patient.GetProperty("state").GetString());
        Assert.Equal("Female", patient.GetProperty("sex").GetString());

        async Task<List<Guid>> FindAsync(string q) =>
            (await api.GetFromJsonAsync<JsonElement>($"/api/v1/patients?q={Uri.EscapeDataString(q)}")).EnumerateArray()
            .Select(p => p.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(id, await FindAsync(lastName.ToLowerInvariant()));
        Assert.Contains(id, await FindAsync($"Rosa {lastName[..6]}"));
        Assert.Contains(id, await FindAsync("1948-02-29"));
        Assert.Contains(id, await FindAsync("2/29/1948"));
        Assert.Contains(id, await FindAsync(mrn));
        Assert.Contains(id, await FindAsync(mrn[..6]));
        Assert.DoesNotContain(id, await FindAsync("Rosa Nobodyelse"));
        Assert.DoesNotContain(id, await FindAsync("1948-03-01"));

        var read = await api.GetFromJsonAsync<JsonElement>($"/api/v1/patients/{id}");
        Assert.Equal(lastName, read.GetProperty("lastName").GetString());
        Assert.Equal("1948-02-29", read.GetProperty("dateOfBirth").GetString());
    }

    [Theory, Providers]
    public async Task A_medical_record_number_already_used_in_the_company_is_refused_with_409_naming_the_field(string provider)
    {
        var app = apps[provider];
        var api = await app.ClientForAsync("therapist");
        var mrn = TestData.Unique("MRN-");
        await AddPatientAsync(api, await app.ClinicIdAsync("Phoenix Central"), mrn: mrn);

        // another clinic, another case: still one company
        var again = await api.PostAsJsonAsync("/api/v1/patients", Patient(await app.ClinicIdAsync("Denver Highlands"), "Other", mrn.ToLowerInvariant()));
        var problem = await ProblemAsync(again, HttpStatusCode.Conflict);
        Assert.Contains(mrn.ToUpperInvariant(), Assert.Single(FieldErrors(problem, "medicalRecordNumber")));

        var other = await AddPatientAsync(api, await app.ClinicIdAsync("Phoenix Central"));
        var change = await api.PutAsJsonAsync($"/api/v1/patients/{other.GetProperty("id").GetGuid()}",
            Patient(other.GetProperty("clinicId").GetGuid(), "Other", mrn));
        Assert.NotEmpty(FieldErrors(await ProblemAsync(change, HttpStatusCode.Conflict), "medicalRecordNumber"));
    }

    [Theory, Providers]
    public async Task A_bad_date_of_birth_is_a_400_naming_the_field(string provider)
    {
        var app = apps[provider];
        var api = await app.ClientForAsync("frontoffice");
        var phoenix = await app.ClinicIdAsync("Phoenix Central");

        var unreadable = await api.PostAsJsonAsync("/api/v1/patients", Patient(phoenix, "Ortiz", TestData.Unique("M-"), "1961-13-45"));
        Assert.NotEmpty(FieldErrors(await ProblemAsync(unreadable, HttpStatusCode.BadRequest), "dateOfBirth"));

        var future = await api.PostAsJsonAsync("/api/v1/patients", Patient(phoenix, "Ortiz", TestData.Unique("M-"), "2999-01-01"));
        var problem = await ProblemAsync(future, HttpStatusCode.BadRequest);
        Assert.Contains("in the future", Assert.Single(FieldErrors(problem, "dateOfBirth")));

        var empty = await ProblemAsync(await api.PostAsJsonAsync("/api/v1/patients", new { }), HttpStatusCode.BadRequest);
        foreach (var field in new[] { "clinicId", "firstName", "lastName", "dateOfBirth", "sex", "medicalRecordNumber" })
            Assert.NotEmpty(FieldErrors(empty, field));
    }

    [Theory, Providers]
    public async Task A_patient_is_registered_only_at_a_clinic_of_the_user(string provider)
    {
        var app = apps[provider];
        var assistant = await app.ClientForAsync("assistant"); // Phoenix Central only
        var response = await assistant.PostAsJsonAsync("/api/v1/patients", Patient(await app.ClinicIdAsync("Denver Highlands"), "Lopez", TestData.Unique("M-")));
        Assert.Contains("your clinics", Assert.Single(FieldErrors(await ProblemAsync(response, HttpStatusCode.BadRequest), "clinicId")));
    }

    [Theory, Providers]
    public async Task A_user_without_the_clinic_gets_404_for_its_patients_and_does_not_find_them(string provider)
    {
        var app = apps[provider];
        var therapist = await app.ClientForAsync("therapist");
        var mrn = TestData.Unique("DEN-");
        var patient = await AddPatientAsync(therapist, await app.ClinicIdAsync("Denver Highlands"), mrn: mrn);
        var id = patient.GetProperty("id").GetGuid();
        var policyId = await AddPolicyAsync(therapist, id);

        var assistant = await app.ClientForAsync("assistant"); // Phoenix Central only
        Assert.Equal(HttpStatusCode.NotFound, (await assistant.GetAsync($"/api/v1/patients/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await assistant.GetAsync($"/api/v1/patients/{id}/policies")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await assistant.GetAsync($"/api/v1/patients/{id}/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await assistant.PutAsJsonAsync($"/api/v1/patients/{id}", Patient(await app.ClinicIdAsync("Phoenix Central"), "Taken", mrn))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await assistant.PutAsJsonAsync($"/api/v1/policies/{policyId}", new { payerId = await PayerIdAsync(assistant, "Aetna PPO"), memberId = "X1" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await assistant.PostAsJsonAsync($"/api/v1/patients/{id}/cases", new { title = "Sneaky" })).StatusCode);
        Assert.Empty((await assistant.GetFromJsonAsync<JsonElement>($"/api/v1/patients?q={mrn}")).EnumerateArray());
        Assert.Single((await therapist.GetFromJsonAsync<JsonElement>($"/api/v1/patients?q={mrn}")).EnumerateArray());
    }

    [Theory, Providers]
    public async Task Reading_a_patient_writes_an_audit_entry_with_the_patient_id(string provider)
    {
        var app = apps[provider];
        var api = await app.ClientForAsync("therapist");
        var id = (await AddPatientAsync(api, await app.ClinicIdAsync("Phoenix Central"))).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/patients/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/patients/{id}/policies")).StatusCode);

        var reads = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().AuditEntries.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.Action == AuditAction.Read && a.PatientId == id).ToListAsync());
        var patientRead = Assert.Single(reads, r => r.EntityType == "Patient");
        Assert.Equal(id.ToString(), patientRead.EntityId);
        Assert.Equal("therapist", patientRead.UserName);
        Assert.Equal(AuditOutcome.Success, patientRead.Outcome);
        Assert.Single(reads, r => r.EntityType == "Policy");
    }

    [Theory, Providers]
    public async Task A_patient_is_changed_and_can_move_to_another_clinic_of_the_user(string provider)
    {
        var app = apps[provider];
        var api = await app.ClientForAsync("therapist");
        var patient = await AddPatientAsync(api, await app.ClinicIdAsync("Phoenix Central"));
        var id = patient.GetProperty("id").GetGuid();
        var mrn = patient.GetProperty("medicalRecordNumber").GetString()!;

        var changed = await api.PutAsJsonAsync($"/api/v1/patients/{id}", new
        {
            clinicId = await app.ClinicIdAsync("Denver Highlands"), firstName = "Rosalind", lastName = "Quill", dateOfBirth = "1961-07-19",
            sex = "Female", genderIdentity = "Woman", medicalRecordNumber = mrn, isActive = false,
        });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var read = await api.GetFromJsonAsync<JsonElement>($"/api/v1/patients/{id}");
        Assert.Equal("Rosalind", read.GetProperty("firstName").GetString());
        Assert.Equal(await app.ClinicIdAsync("Denver Highlands"), read.GetProperty("clinicId").GetGuid());
        Assert.False(read.GetProperty("isActive").GetBoolean());
        Assert.Equal(JsonValueKind.Null, read.GetProperty("addressLine1").ValueKind);

        var badSex = await api.PutAsJsonAsync($"/api/v1/patients/{id}", new { firstName = "R", lastName = "Q", dateOfBirth = "1961-07-19", sex = "Robot", medicalRecordNumber = mrn });
        Assert.NotEmpty(FieldErrors(await ProblemAsync(badSex, HttpStatusCode.BadRequest), "sex"));
    }
}
