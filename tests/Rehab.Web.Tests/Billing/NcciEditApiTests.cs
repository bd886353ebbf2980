using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Billing;

public sealed class NcciEditApiTests(Apps apps) : IClassFixture<Apps>
{
    // The columns of CMS's quarterly practitioner PTP file
    private const string Header =
        "Column 1,Column 2,*=in existence prior to 1996,Effective Date,Deletion Date *=no data," +
        "\"Modifier 0=not allowed 1=allowed 9=not applicable\",PTP Edit Rationale\n";

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    [Theory, Providers]
    public async Task The_built_in_edits_apply_until_the_company_imports_cms_file(string provider)
    {
        var app = apps[provider];
        var other = await app.AddCompanyAsync(TestData.Unique("Ncci Co "), TestData.Unique("ncci-admin-"), TestData.Unique("Ncci Clinic "));
        var api = await app.ClientForAsync(other.Admin.UserName!);

        var before = await api.GetFromJsonAsync<JsonElement>("/api/v1/billing/ncci-edits?code=97530");
        Assert.Equal("built-in", before.GetProperty("source").GetString());
        Assert.Contains(before.GetProperty("edits").EnumerateArray(), e => e.GetProperty("column1").GetString() == "97140");

        var import = await api.PutAsync("/api/v1/billing/ncci-edits", Csv(Header +
            "97140,97530,,20200101,*,1,Misuse of column two code with column one code\n" +
            "97530,97116,,20200101,*,0,Mutually exclusive procedures\n"));
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        Assert.Equal(2, (await import.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("imported").GetInt32());

        var after = await api.GetFromJsonAsync<JsonElement>("/api/v1/billing/ncci-edits");
        Assert.Equal(("imported", 2), (after.GetProperty("source").GetString(), after.GetProperty("count").GetInt32()));

        var demo = await (await app.ClientForAsync("admin")).GetFromJsonAsync<JsonElement>("/api/v1/billing/ncci-edits");
        Assert.Equal("built-in", demo.GetProperty("source").GetString());
    }

    [Theory, Providers]
    public async Task A_bad_file_changes_nothing_and_names_the_line(string provider)
    {
        var app = apps[provider];
        var other = await app.AddCompanyAsync(TestData.Unique("Ncci Bad "), TestData.Unique("ncci-bad-"), TestData.Unique("Ncci Bad Clinic "));
        var api = await app.ClientForAsync(other.Admin.UserName!);
        var response = await api.PutAsync("/api/v1/billing/ncci-edits", Csv(Header +
            "97140,97530,,20200101,*,1,ok\n97140,97124,,2020-13-01,*,1,bad date\n"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("file")[0].GetString();
        Assert.StartsWith("Line 3", message, StringComparison.Ordinal);
        var table = await api.GetFromJsonAsync<JsonElement>("/api/v1/billing/ncci-edits");
        Assert.Equal("built-in", table.GetProperty("source").GetString());
    }

    [Theory, Providers]
    public async Task A_malformed_code_filter_is_a_validation_problem(string provider)
    {
        var api = await apps[provider].ClientForAsync("admin");
        var response = await api.GetAsync("/api/v1/billing/ncci-edits?code=97-40");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
