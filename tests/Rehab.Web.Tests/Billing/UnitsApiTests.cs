using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Billing;

public sealed class UnitsApiTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, Providers]
    public async Task Units_come_with_the_explanation_of_each_line(string provider)
    {
        var api = await apps[provider].ClientForAsync("admin");
        // Pub. 100-04 Ch. 5 §20.2 Example 1: 24 + 23 minutes are 3 units, the extra one to 97112
        var response = await api.PostAsJsonAsync("/api/v1/billing/units", new
        {
            rule = "eight-minute",
            lines = new[] { new { code = "97112", minutes = 24 }, new { code = "97110", minutes = 23 } },
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((47, 3), (result.GetProperty("timedMinutes").GetInt32(), result.GetProperty("totalUnits").GetInt32()));
        var lines = result.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal([("97112", 2), ("97110", 1)], lines.Select(l => (l.GetProperty("code").GetString(), l.GetProperty("units").GetInt32())));
        Assert.All(lines, l => Assert.False(string.IsNullOrWhiteSpace(l.GetProperty("explanation").GetString())));
        Assert.Empty(result.GetProperty("allowedAllocations").EnumerateArray());
    }

    [Theory, Providers]
    public async Task A_tie_lists_every_split_the_rule_allows(string provider)
    {
        var api = await apps[provider].ClientForAsync("admin");
        // §20.2 Example 2: 20 + 20 minutes are 3 units and either code may take 2
        var result = await (await api.PostAsJsonAsync("/api/v1/billing/units", new
        {
            rule = "eight-minute",
            lines = new[] { new { code = "97112", minutes = 20 }, new { code = "97110", minutes = 20 } },
        })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, result.GetProperty("allowedAllocations").GetArrayLength());
    }

    [Theory, Providers]
    public async Task Bad_lines_are_named(string provider)
    {
        var api = await apps[provider].ClientForAsync("admin");
        var response = await api.PostAsJsonAsync("/api/v1/billing/units", new
        {
            rule = "nine-minute",
            lines = new[] { new { code = "97110", minutes = 20 }, new { code = "9711", minutes = 20 } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("rule", out _));
        Assert.True(errors.TryGetProperty("lines[1].code", out _));

        var unknown = await api.PostAsJsonAsync("/api/v1/billing/units", new
        {
            rule = "rule-of-eights",
            lines = new[] { new { code = "97999", minutes = 20 }, new { code = "97110", minutes = 2000 } },
        });
        var unknownErrors = (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(unknownErrors.TryGetProperty("lines[0].code", out _));
        Assert.True(unknownErrors.TryGetProperty("lines[1].minutes", out _));
    }

    [Theory, Providers]
    public async Task A_company_custom_code_is_billed_by_its_own_rule_and_only_for_that_company(string provider)
    {
        var app = apps[provider];
        var other = await app.AddCompanyAsync(TestData.Unique("Codes Co "), TestData.Unique("codes-admin-"), TestData.Unique("Codes Clinic "));
        var api = await app.ClientForAsync(other.Admin.UserName!);

        var added = await api.PostAsJsonAsync("/api/v1/billing/codes", new { code = "S9131", descriptor = "Home PT visit (payer-specific)", isTimed = true, unitMinutes = 15 });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var again = await api.PostAsJsonAsync("/api/v1/billing/codes", new { code = "S9131", descriptor = "Again", isTimed = false });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var standard = await api.PostAsJsonAsync("/api/v1/billing/codes", new { code = "97110", descriptor = "Mine", isTimed = true, unitMinutes = 15 });
        Assert.Equal(HttpStatusCode.BadRequest, standard.StatusCode);

        var units = await (await api.PostAsJsonAsync("/api/v1/billing/units", new
        {
            rule = "rule-of-eights", lines = new[] { new { code = "S9131", minutes = 38 } },
        })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3, units.GetProperty("totalUnits").GetInt32());

        var codes = await api.GetFromJsonAsync<JsonElement>("/api/v1/billing/codes");
        Assert.Contains(codes.EnumerateArray(), c => c.GetProperty("code").GetString() == "S9131" && c.GetProperty("isCustom").GetBoolean());
        var demoCodes = await (await app.ClientForAsync("admin")).GetFromJsonAsync<JsonElement>("/api/v1/billing/codes");
        Assert.DoesNotContain(demoCodes.EnumerateArray(), c => c.GetProperty("code").GetString() == "S9131");
        Assert.Contains(demoCodes.EnumerateArray(), c => c.GetProperty("code").GetString() == "97014"
            && c.GetProperty("medicareReplacement").GetString() == "G0283");
    }

    [Theory, Providers]
    public async Task The_code_list_narrows_to_what_a_user_type_bills(string provider)
    {
        var app = apps[provider];
        var ot = await (await app.ClientForAsync("admin")).GetFromJsonAsync<JsonElement>("/api/v1/billing/codes?userType=OT");
        var codes = ot.EnumerateArray().Select(c => c.GetProperty("code").GetString()).ToList();
        Assert.Contains("97165", codes);
        Assert.DoesNotContain("97161", codes);

        var mine = await (await app.ClientForAsync("therapist")).GetFromJsonAsync<JsonElement>("/api/v1/billing/codes?mine=true");
        Assert.Contains(mine.EnumerateArray(), c => c.GetProperty("code").GetString() == "97161");
        var frontOffice = await (await app.ClientForAsync("frontoffice")).GetFromJsonAsync<JsonElement>("/api/v1/billing/codes?mine=true");
        Assert.Equal(0, frontOffice.GetArrayLength());

        var bad = await (await app.ClientForAsync("admin")).GetAsync("/api/v1/billing/codes?userType=Wizard");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
