using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rehab.Web.Tests.Infrastructure;
using static Rehab.Web.Tests.Documentation.NoteApi;

namespace Rehab.Web.Tests.Billing;

/// <summary>Add-on and once-a-day codes as catalog data (AMA CPT: 97129 once a day, +97130 only with it).</summary>
public sealed class AddOnCodeApiTests(Apps apps) : IClassFixture<Apps>
{
    private static async Task<JsonElement> PreviewAsync(HttpClient api, JsonElement note, params object[] charges) =>
        await ExpectAsync(await api.PostAsJsonAsync($"/api/v1/notes/{Id(note)}/billing/preview", new { charges }),
            HttpStatusCode.OK);

    private static string[] Claim(JsonElement billing) =>
    [
        .. billing.GetProperty("lines").EnumerateArray()
            .SelectMany(l => l.GetProperty("claimLines").EnumerateArray()).Select(c => c.GetString()!),
    ];

    [Theory, Providers]
    public async Task Cognitive_intervention_bills_97129_once_and_the_add_on_never_alone(string provider)
    {
        var app = apps[provider];
        var therapist = await app.ClientForAsync("therapist");
        var @case = await app.AddEvaluatedCaseAsync(primaryPayer: "Medicare Part B");
        var note = await StartAsync(therapist, @case.CaseId);

        var alone = await PreviewAsync(therapist, note, Charge("97129", 30));
        Assert.Equal(["97129-GP ×1"], Claim(alone));
        Assert.Contains("+97130", alone.GetProperty("lines")[0].GetProperty("explanation").GetString());

        var short15 = await PreviewAsync(therapist, note, Charge("97129", 5), Charge("97130", 10));
        Assert.Equal(["97129-GP ×1", "97130 ×0"], Claim(short15));

        var both = await PreviewAsync(therapist, note, Charge("97130", 25), Charge("97129", 20));
        Assert.Equal(["97130-GP ×2", "97129-GP ×1"], Claim(both));
        Assert.Equal(3, both.GetProperty("totalUnits").GetInt32());
    }

    [Theory, Providers]
    public async Task A_custom_add_on_code_keeps_its_primary_and_a_missing_primary_is_refused_by_field(string provider)
    {
        var app = apps[provider];
        var other = await app.AddCompanyAsync(TestData.Unique("AddOn Co "), TestData.Unique("addon-admin-"),
            TestData.Unique("AddOn Clinic "));
        var api = await app.ClientForAsync(other.Admin.UserName!);

        var unknown = await api.PostAsJsonAsync("/api/v1/billing/codes",
            new
            {
                code = "S9132", descriptor = "Further home visit time", isTimed = true, unitMinutes = 15,
                addOnTo = "S9999",
            });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("S9999", (await unknown.Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("errors").GetProperty("addOnTo")[0].GetString());

        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync("/api/v1/billing/codes", new
        {
            code = "S9131", descriptor = "Home visit, first 15 minutes", isTimed = true, unitMinutes = 15,
            oncePerDay = true,
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync("/api/v1/billing/codes", new
        {
            code = "S9132", descriptor = "Further home visit time", isTimed = true, unitMinutes = 15,
            addOnTo = "S9131",
        })).StatusCode);

        var codes = await api.GetFromJsonAsync<JsonElement>("/api/v1/billing/codes");
        Assert.Contains(codes.EnumerateArray(), c => c.GetProperty("code").GetString() == "S9131"
            && c.GetProperty("oncePerDay").GetBoolean());
        Assert.Contains(codes.EnumerateArray(), c => c.GetProperty("code").GetString() == "S9132"
            && c.GetProperty("addOnTo").GetString() == "S9131");

        var units = await (await api.PostAsJsonAsync("/api/v1/billing/units", new
        {
            rule = "rule-of-eights", lines = new[] { new { code = "S9131", minutes = 40 } },
        })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, units.GetProperty("totalUnits").GetInt32());
        var pair = await (await api.PostAsJsonAsync("/api/v1/billing/units", new
        {
            rule = "rule-of-eights",
            lines = new[] { new { code = "S9131", minutes = 5 }, new { code = "S9132", minutes = 35 } },
        })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3, pair.GetProperty("totalUnits").GetInt32());
    }
}
