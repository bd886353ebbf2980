using System.Net;
using System.Text.RegularExpressions;
using Rehab.Web.Tests.Infrastructure;
using static Rehab.Web.Tests.Documentation.NoteApi;

namespace Rehab.Web.Tests.Documentation;

/// <summary>The note pages without JavaScript: start a note, edit it beside the units panel, finalize, co-sign, add an addendum.</summary>
public sealed partial class NotePageTests(Apps apps) : IClassFixture<Apps>
{
    private static Dictionary<string, string> Form(string version, params (string Code, int Minutes)[] lines)
    {
        var form = new Dictionary<string, string>
        {
            ["Input.Version"] = version, ["Input.Subjective"] = "Stairs easier.", ["Input.TotalTreatmentMinutes"] = lines.Sum(l => l.Minutes).ToString(),
        };
        for (var i = 0; i < lines.Length; i++)
        {
            form[$"Input.Charges[{i}].Code"] = lines[i].Code;
            form[$"Input.Charges[{i}].Minutes"] = lines[i].Minutes.ToString();
        }
        return form;
    }

    private static string Version(string html) => WebUtility.HtmlDecode(VersionField().Match(html).Groups[1].Value);

    private static string TestId(string html, string id) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"data-testid=\"{Regex.Escape(id)}\"[^>]*>([^<]*)<").Groups[1].Value).Trim();

    [Theory, Providers]
    public async Task A_therapist_starts_a_daily_note_sees_its_units_saves_and_finalizes_it(string provider)
    {
        var app = apps[provider];
        var @case = await app.AddEvaluatedCaseAsync();
        var page = await PageClient.SignInAsync(app, "therapist");

        var choose = await page.Http.GetStringAsync($"/Cases/{@case.CaseId}/Notes/New");
        Assert.Contains("The case already has its Initial Evaluation", choose); // shown next to the type it rules out
        var started = await page.PostFormAsync($"/Cases/{@case.CaseId}/Notes/New", new() { ["Type"] = "DailyNote", ["DateOfService"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var editor = started.Headers.Location!.ToString();
        Assert.Matches("^/Notes/[0-9a-f-]{36}$", editor);

        var html = await page.Http.GetStringAsync(editor);
        Assert.Equal("Rule of 8s", TestId(html, "units-rule"));
        Assert.Contains("from primary Aetna PPO", TestId(html, "units-rule-reason"));
        var saved = await page.PostFormAsync(editor + "?handler=Save", Form(Version(html), ("97110", 23), ("97140", 9), ("97530", 8)), editor);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        html = await page.Http.GetStringAsync(editor);
        Assert.Contains("Saved.", html);
        // 97140 and 97530 are an NCCI pair: 97530 bills 0 units until the therapist attests separate 15-minute blocks
        // and chooses the modifier (MLN1783722)
        Assert.Equal(("2", "1", "0", "3"), (TestId(html, "units-line-0-units"), TestId(html, "units-line-1-units"),
            TestId(html, "units-line-2-units"), TestId(html, "units-total")));
        Assert.Equal("GP", TestId(html, "units-line-0-modifiers"));
        Assert.Contains("97530 is not billed (0 units)", html);

        var form = Form(Version(html), ("97110", 23), ("97140", 9), ("97530", 8));
        form["Input.Charges[2].SeparateBlockOrRegion"] = "true";
        form["Input.Charges[2].Modifiers"] = "59";
        var finalized = await page.PostFormAsync(editor + "?handler=Finalize", form, editor);
        Assert.Equal(HttpStatusCode.Redirect, finalized.StatusCode);
        html = await page.Http.GetStringAsync(editor);
        Assert.Contains("Finalized", TestId(html, "note-status"));
        Assert.Contains("Signed: <strong>Theo Therapist, PT, DPT</strong>", html);
        Assert.Contains("<td>2</td><td>GP</td>", html); // the billed units and modifiers of 97110
        Assert.Contains("<td>1</td><td>GP 59</td>", html);
        Assert.Contains("data-testid=\"note-read-only\"", html);
        Assert.DoesNotContain("name=\"Input.Subjective\"", html);

        var addendum = await page.PostFormAsync(editor + "?handler=Addendum", new() { ["AddendumText"] = "Late entry: ice applied after session." }, editor);
        Assert.Equal(HttpStatusCode.Redirect, addendum.StatusCode);
        Assert.Contains("Late entry: ice applied after session.", await page.Http.GetStringAsync(editor));
    }

    [Theory, Providers]
    public async Task Refusals_are_shown_at_their_fields_and_the_typed_lines_stay(string provider)
    {
        var app = apps[provider];
        var @case = await app.AddEvaluatedCaseAsync(primaryPayer: "Medicare Part B");
        var api = await app.ClientForAsync("therapist");
        var editor = $"/Notes/{Id(await StartAsync(api, @case.CaseId))}";
        var page = await PageClient.SignInAsync(app, "therapist");
        var html = await page.Http.GetStringAsync(editor);

        var form = Form(Version(html), ("97110", 23), ("97112", 20));
        form["Input.TotalTreatmentMinutes"] = "30";
        form["Input.Charges[2].Minutes"] = "ten";
        var refused = await page.PostFormAsync(editor + "?handler=Finalize", form, editor);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("href=\"#charges[2].minutes\">Enter a whole number.", html);
        Assert.Contains("value=\"97112\"", html);

        form.Remove("Input.Charges[2].Minutes");
        refused = await page.PostFormAsync(editor + "?handler=Finalize", form, editor);
        html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("href=\"#totalTreatmentMinutes\">Total treatment minutes (30) are fewer than the 43 timed minutes billed", html);
        Assert.Equal("3", TestId(html, "units-total")); // 43 pooled minutes under Medicare's 8-minute rule

        var stale = await page.PostFormAsync(editor + "?handler=Save", form, editor); // the first refusal saved the lines: this version is old
        html = await stale.Content.ReadAsStringAsync();
        Assert.Contains("was saved by Theo Therapist, PT, DPT", html);
        Assert.Equal("Draft", (await GetAsync(api, Guid.Parse(editor["/Notes/".Length..]))).GetProperty("status").GetString());
    }

    [Theory, Providers]
    public async Task The_co_sign_inbox_lists_forwarded_notes_and_the_therapist_co_signs_from_the_editor(string provider)
    {
        var app = apps[provider];
        var @case = await app.AddEvaluatedCaseAsync(primaryPayer: "UnitedHealthcare Choice Plus PPO");
        var assistant = await PageClient.SignInAsync(app, "assistant");
        var started = await assistant.PostFormAsync($"/Cases/{@case.CaseId}/Notes/New", new() { ["Type"] = "DailyNote" });
        var editor = started.Headers.Location!.ToString();
        var html = await assistant.Http.GetStringAsync(editor);
        Assert.Contains("Finalizing needs the Finalize Notes permission", TestId(html, "finalize-refusal"));
        Assert.DoesNotContain("handler=Finalize", html);

        var form = Form(Version(html), ("97110", 23));
        form["CoSignerId"] = (await app.UserIdAsync("therapist")).ToString();
        Assert.Equal(HttpStatusCode.Redirect, (await assistant.PostFormAsync(editor + "?handler=Forward", form, editor)).StatusCode);

        var therapist = await PageClient.SignInAsync(app, "therapist");
        var inbox = await therapist.Http.GetStringAsync("/Notes/Cosign");
        Assert.Contains($"href=\"{editor}\"", inbox);
        Assert.Contains("Alex Assistant, PTA", inbox);
        Assert.Contains("href=\"/Notes/Cosign\"", await therapist.Http.GetStringAsync("/"));

        html = await therapist.Http.GetStringAsync(editor);
        Assert.Contains("Waiting for co-signature by Theo Therapist", TestId(html, "note-status"));
        Assert.Equal(HttpStatusCode.Redirect, (await therapist.PostFormAsync(editor + "?handler=CoSign", Form(Version(html), ("97110", 23)), editor)).StatusCode);
        html = await therapist.Http.GetStringAsync(editor);
        Assert.Contains("Forwarded for co-signature: <strong>Alex Assistant, PTA</strong>", html);
        Assert.Contains("Co-signed: <strong>Theo Therapist, PT, DPT</strong>", html);
        Assert.Contains("under the supervision of the licensed therapist", TestId(html, "supervision-wording"));
        Assert.DoesNotContain(editor, await therapist.Http.GetStringAsync("/Notes/Cosign"));
    }

    // Issue 14 item 7: Denver Highlands has no fee-schedule locality, so KX cannot be decided for a Medicare note.
    [Theory, Providers]
    public async Task A_Medicare_note_whose_KX_cannot_be_decided_is_finalized_in_the_editor_only_with_an_attestation(
        string provider)
    {
        var app = apps[provider];
        var @case = await app.AddEvaluatedCaseAsync("Denver Highlands", primaryPayer: "Medicare Part B");
        var page = await PageClient.SignInAsync(app, "therapist");
        var started = await page.PostFormAsync($"/Cases/{@case.CaseId}/Notes/New",
            new() { ["Type"] = "DailyNote", ["DateOfService"] = "" });
        var editor = started.Headers.Location!.ToString();
        var html = await page.Http.GetStringAsync(editor);
        Assert.Equal(HttpStatusCode.Redirect, (await page.PostFormAsync(editor + "?handler=Save",
            Form(Version(html), ("97110", 30)), editor)).StatusCode);
        html = await page.Http.GetStringAsync(editor);
        Assert.Contains("data-testid=\"kx-attestation\"", html);

        var refused =
            await page.PostFormAsync(editor + "?handler=Finalize", Form(Version(html), ("97110", 30)), editor);
        html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("href=\"#kxAttestation\">KX not decided for PT and SLP (combined)", html);

        var form = Form(Version(html), ("97110", 30));
        form["KxApplies"] = "false";
        form["KxReason"] = "Medicare Summary Notice: $700 of therapy this year.";
        var finalized = await page.PostFormAsync(editor + "?handler=Finalize", form, editor);
        Assert.Equal(HttpStatusCode.Redirect, finalized.StatusCode);
        html = await page.Http.GetStringAsync(editor);
        Assert.Contains("Finalized", TestId(html, "note-status"));
        Assert.DoesNotContain("data-testid=\"kx-attestation\"", html);
    }

    [GeneratedRegex("name=\"Input.Version\" value=\"([^\"]*)\"")]
    private static partial Regex VersionField();
}
