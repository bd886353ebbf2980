using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rehab.Web.Tests.Infrastructure;
using static Rehab.Web.Tests.Documentation.NoteApi;

namespace Rehab.Web.Tests.Documentation;

/// <summary>What notes bill, live and once finalized. The tests change the company's Payer Rules, so they have a database of their own.</summary>
public sealed class NoteBillingApiTests(Apps apps) : IClassFixture<Apps>
{
    private static async Task SetPayerRulesAsync(HttpClient admin, string payerRules)
    {
        var settings = JsonNode.Parse(await admin.GetStringAsync("/api/v1/company/settings"))!;
        settings["payerRules"] = payerRules;
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/v1/company/settings", settings)).StatusCode);
    }

    private static int[] Units(JsonElement billing) => billing.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("units").GetInt32()).ToArray();

    // billing-rules.md §2: 10 min 97110 + 10 min 97116 is 2 units by the Rule of 8s, 1 by the 8-minute rule (20 pooled minutes).
    [Theory, Providers]
    public async Task Aetna_primary_with_medicare_secondary_bills_as_the_company_payer_rules_say_and_finalizing_keeps_what_was_billed(string provider)
    {
        var app = apps[provider];
        var admin = await app.ClientForAsync("admin");
        var therapist = await app.ClientForAsync("therapist");
        var @case = await app.AddEvaluatedCaseAsync(primaryPayer: "Aetna PPO", secondaryPayer: "Medicare Part B");
        var note = await StartAsync(therapist, @case.CaseId);
        await SaveAsync(therapist, note, [Charge("97110", 10), Charge("97116", 10)], totalTreatmentMinutes: 25);

        await SetPayerRulesAsync(admin, "DeferToPrimary");
        var primary = await BillingAsync(therapist, Id(note));
        Assert.Equal("live", primary.GetProperty("source").GetString());
        Assert.Equal("RuleOfEights", primary.GetProperty("rule").GetProperty("value").GetString());
        var reason = primary.GetProperty("rule").GetProperty("reason").GetString();
        Assert.Contains("secondary Medicare Part B uses the 8-Minute Rule", reason);
        Assert.Contains("defer to the primary payer", reason);
        Assert.Equal(2, primary.GetProperty("totalUnits").GetInt32());
        Assert.Equal([1, 1], Units(primary));
        Assert.Equal("97110-GP ×1", primary.GetProperty("lines")[0].GetProperty("claimLines")[0].GetString());
        Assert.Contains("10 min", primary.GetProperty("lines")[0].GetProperty("explanation").GetString());

        await SetPayerRulesAsync(admin, "DeferToEightMinute");
        var pooled = await BillingAsync(therapist, Id(note));
        Assert.Equal("EightMinute", pooled.GetProperty("rule").GetProperty("value").GetString());
        Assert.Contains("defer to the 8-Minute Rule", pooled.GetProperty("rule").GetProperty("reason").GetString());
        Assert.Equal(1, pooled.GetProperty("totalUnits").GetInt32());
        Assert.Equal(1, Units(pooled).Sum());
        Assert.Contains("20", pooled.GetProperty("days")[0].GetProperty("explanation").GetString());

        await ExpectAsync(await FinalizeAsync(therapist, Id(note)), HttpStatusCode.OK);
        await SetPayerRulesAsync(admin, "DeferToPrimary");
        var billed = await BillingAsync(therapist, Id(note));
        Assert.Equal("finalized", billed.GetProperty("source").GetString());
        Assert.Equal("EightMinute", billed.GetProperty("rule").GetProperty("value").GetString());
        Assert.Equal(1, billed.GetProperty("totalUnits").GetInt32());
        var stored = await GetAsync(therapist, Id(note));
        Assert.Equal("EightMinute", stored.GetProperty("billedUnitRule").GetString());
        Assert.Equal(1, stored.GetProperty("charges").EnumerateArray().Sum(c => c.GetProperty("billedUnits").GetInt32()));
        Assert.Equal(["GP"], stored.GetProperty("charges")[0].GetProperty("billedModifiers").EnumerateArray().Select(m => m.GetString()));
        Assert.False(string.IsNullOrEmpty(stored.GetProperty("charges")[0].GetProperty("billedExplanation").GetString()));
    }

    [Theory, Providers]
    public async Task The_preview_bills_unsaved_lines_and_saves_nothing(string provider)
    {
        var app = apps[provider];
        var therapist = await app.ClientForAsync("therapist");
        var @case = await app.AddEvaluatedCaseAsync(primaryPayer: "Medicare Part B");
        var note = await StartAsync(therapist, @case.CaseId);

        async Task<JsonElement> PreviewAsync(params object[] charges) =>
            await ExpectAsync(await therapist.PostAsJsonAsync($"/api/v1/notes/{Id(note)}/billing/preview", new { charges }), HttpStatusCode.OK);

        // 30 therex + 9 manual + 9 ultrasound: 48 pooled minutes are 3 units under Medicare's 8-minute rule
        var first = await PreviewAsync(Charge("97110", 30), Charge("97140", 9), Charge("97035", 9));
        Assert.Equal(3, first.GetProperty("totalUnits").GetInt32());
        var more = await PreviewAsync(Charge("97110", 30), Charge("97140", 9), Charge("97035", 20));
        Assert.Equal(4, more.GetProperty("totalUnits").GetInt32());
        var bad = await PreviewAsync(Charge("97110", 30), Charge("9711", 9));
        Assert.Equal(2, bad.GetProperty("totalUnits").GetInt32());
        Assert.Contains("charges[1].code", bad.GetProperty("problems").EnumerateObject().Select(p => p.Name));

        Assert.Empty((await GetAsync(therapist, Id(note))).GetProperty("charges").EnumerateArray());
    }

    // CMS §20.2 Example 2: 20 min each of 97112 and 97110 are 3 units, either code ×2: the clinician chooses.
    [Theory, Providers]
    public async Task An_eight_minute_tie_offers_its_splits_and_bills_the_one_chosen(string provider)
    {
        var app = apps[provider];
        var therapist = await app.ClientForAsync("therapist");
        var @case = await app.AddEvaluatedCaseAsync(primaryPayer: "Medicare Part B");
        var note = await StartAsync(therapist, @case.CaseId);
        note = await SaveAsync(therapist, note, [Charge("97112", 20), Charge("97110", 20)], totalTreatmentMinutes: 40);

        var day = (await BillingAsync(therapist, Id(note))).GetProperty("days")[0];
        Assert.True(day.GetProperty("hasTie").GetBoolean());
        var choices = day.GetProperty("tieChoices").EnumerateArray().Select(c => (c.GetProperty("97110").GetInt32(), c.GetProperty("97112").GetInt32())).ToList();
        Assert.Equal(2, choices.Count);
        Assert.Contains((2, 1), choices);
        Assert.Contains((1, 2), choices);

        var other = choices.First(c => c != (day.GetProperty("allocation").GetProperty("97110").GetInt32(), day.GetProperty("allocation").GetProperty("97112").GetInt32()));
        await ExpectAsync(await PutAsync(therapist, note, [Charge("97112", 20), Charge("97110", 20)], 40,
            tieChoice: new Dictionary<string, int> { ["97110"] = other.Item1, ["97112"] = other.Item2 }), HttpStatusCode.OK);
        var chosen = (await BillingAsync(therapist, Id(note))).GetProperty("days")[0];
        Assert.True(chosen.GetProperty("chosenByClinician").GetBoolean());
        Assert.Equal(other.Item1, chosen.GetProperty("allocation").GetProperty("97110").GetInt32());
        Assert.Equal(3, chosen.GetProperty("totalUnits").GetInt32());
    }
}
