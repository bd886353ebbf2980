using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Patients;

/// <summary>Patients, policies and cases added through the API, as a client would.</summary>
public static class PatientApi
{
    public static object Patient(Guid clinicId, string lastName, string mrn, string dateOfBirth = "1961-07-19") => new
    {
        clinicId, firstName = "Rosa", lastName, dateOfBirth, sex = "Female", pronouns = "she/her", medicalRecordNumber = mrn,
        phone = "602-555-0101", addressLine1 = "12 Palm Ln", city = "Phoenix", state = "az", postalCode = "85004",
    };

    public static async Task<JsonElement> AddPatientAsync(HttpClient api, Guid clinicId, string? lastName = null, string? mrn = null)
    {
        var response = await api.PostAsJsonAsync("/api/v1/patients",
            Patient(clinicId, lastName ?? TestData.Unique("Quill"), mrn ?? TestData.Unique("MRN-")));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<Guid> PayerIdAsync(HttpClient api, string name) =>
        (await api.GetFromJsonAsync<JsonElement>("/api/v1/payers")).EnumerateArray()
        .Single(p => p.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();

    public static async Task<Guid> AddPolicyAsync(HttpClient api, Guid patientId, string payer = "Aetna PPO", string priority = "Primary")
    {
        var response = await api.PostAsJsonAsync($"/api/v1/patients/{patientId}/policies",
            new { payerId = await PayerIdAsync(api, payer), memberId = TestData.Unique("W"), priority });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<Guid> AddPhysicianAsync(HttpClient api)
    {
        var response = await api.PostAsJsonAsync("/api/v1/referring-physicians", new { firstName = "Ada", lastName = TestData.Unique("Okafor"), npi = Npis.Next() });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The messages a problem names for a field.</summary>
    public static string[] FieldErrors(JsonElement problem, string field) =>
        problem.GetProperty("errors").TryGetProperty(field, out var messages) ? messages.EnumerateArray().Select(m => m.GetString()!).ToArray() : [];
}

/// <summary>Valid, distinct NPIs: nine random digits and the Luhn check digit over the 80840 prefix.</summary>
public static class Npis
{
    public static string Next()
    {
        var body = string.Concat(Enumerable.Range(0, 9).Select(i => i == 0 ? Random.Shared.Next(1, 3) : Random.Shared.Next(0, 10)));
        var digits = ("80840" + body).Select(c => c - '0').ToArray();
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i];
            if (i % 2 == 0)
            {
                d *= 2;
                if (d > 9) d -= 9;
            }
            sum += d;
        }
        return body + (10 - sum % 10) % 10;
    }
}
