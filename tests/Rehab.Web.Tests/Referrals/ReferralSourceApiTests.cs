using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rehab.Web.Tests.Infrastructure;
using Rehab.Web.Tests.Patients;
using static Rehab.Web.Tests.Patients.PatientApi;

namespace Rehab.Web.Tests.Referrals;

public sealed class ReferralSourceApiTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, Providers]
    public async Task A_referring_physician_needs_an_npi_with_a_valid_check_digit_once_per_company(string provider)
    {
        var api = await apps[provider].ClientForAsync("frontoffice");
        var npi = Npis.Next();
        var wrongCheckDigit = npi[..9] + (char)('0' + (npi[9] - '0' + 1) % 10);

        var bad = await api.PostAsJsonAsync("/api/v1/referring-physicians", new { firstName = "Ada", lastName = "Okafor", npi = wrongCheckDigit });
        Assert.Contains("check digit", Assert.Single(FieldErrors(await ProblemAsync(bad, HttpStatusCode.BadRequest), "npi")));

        var lastName = TestData.Unique("Okafor");
        var created = await api.PostAsJsonAsync("/api/v1/referring-physicians", new { firstName = " Ada ", lastName, npi, phone = "6025550188" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var physician = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Ada", physician.GetProperty("firstName").GetString());
        Assert.Equal("(602) 555-0188", physician.GetProperty("phone").GetString());

        var again = await api.PostAsJsonAsync("/api/v1/referring-physicians", new { firstName = "Other", lastName = "Doctor", npi });
        Assert.Contains(lastName, Assert.Single(FieldErrors(await ProblemAsync(again, HttpStatusCode.Conflict), "npi")));

        var list = await api.GetFromJsonAsync<JsonElement>("/api/v1/referring-physicians");
        Assert.Single(list.EnumerateArray(), p => p.GetProperty("npi").GetString() == npi);
    }

    [Theory, Providers]
    public async Task Marketing_sources_are_named_once_per_company_whatever_their_case(string provider)
    {
        var api = await apps[provider].ClientForAsync("frontoffice");
        var name = TestData.Unique("Web search ");

        Assert.NotEmpty(FieldErrors(await ProblemAsync(await api.PostAsJsonAsync("/api/v1/marketing-sources", new { name = " " }), HttpStatusCode.BadRequest), "name"));
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync("/api/v1/marketing-sources", new { name })).StatusCode);
        var again = await api.PostAsJsonAsync("/api/v1/marketing-sources", new { name = name.ToUpperInvariant() });
        Assert.NotEmpty(FieldErrors(await ProblemAsync(again, HttpStatusCode.Conflict), "name"));
        var list = await api.GetFromJsonAsync<JsonElement>("/api/v1/marketing-sources");
        Assert.Single(list.EnumerateArray(), m => m.GetProperty("name").GetString() == name);
    }
}
