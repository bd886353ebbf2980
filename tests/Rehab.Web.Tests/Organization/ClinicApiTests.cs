using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Organization;

public sealed class ClinicApiTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, Providers]
    public async Task Admin_creates_a_clinic_and_sees_it_listed(string provider)
    {
        var api = await apps[provider].ClientForAsync("admin");
        var created = await api.PostAsJsonAsync("/api/v1/clinics", new
        {
            name = "Tucson East " + provider, addressLine1 = "10 E Broadway Blvd", city = "Tucson", state = "AZ",
            postalCode = "85701", phone = "520-555-0100", npi = "1234567893", timeZone = "America/Phoenix",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var list = await api.GetFromJsonAsync<JsonElement>("/api/v1/clinics");
        var names = list.EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.Contains("Tucson East " + provider, names);
        Assert.Contains("Phoenix Central", names);
    }
}
