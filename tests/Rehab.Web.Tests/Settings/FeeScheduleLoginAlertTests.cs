using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Settings;

/// <summary>The alert users of a clinic without a Medicare fee-schedule locality see at sign-in.</summary>
public sealed class FeeScheduleLoginAlertTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, Providers]
    public async Task Every_sign_in_alerts_users_of_a_clinic_without_a_fee_schedule_locality_until_it_is_chosen(string provider)
    {
        var app = apps[provider];
        var therapist = await SignedInPageAsync(app, "therapist");
        Assert.Contains("Denver Highlands has no Medicare fee-schedule locality", therapist.FirstPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Phoenix Central has no Medicare", therapist.FirstPage, StringComparison.Ordinal);
        Assert.DoesNotContain("fee-schedule-alert", await therapist.Client.Http.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.Contains("fee-schedule-alert", (await SignedInPageAsync(app, "therapist")).FirstPage, StringComparison.Ordinal);

        var admin = await SignedInPageAsync(app, "admin");
        var denver = await app.ClinicIdAsync("Denver Highlands");
        Assert.Contains($"/Settings/Clinics/{denver}#medicare-fee-schedule", admin.FirstPage, StringComparison.Ordinal);
        Assert.DoesNotContain("fee-schedule-alert", (await SignedInPageAsync(app, "assistant")).FirstPage, StringComparison.Ordinal);

        var api = await app.ClientForAsync("admin");
        var settings = JsonSerializer.Deserialize<Dictionary<string, object?>>(
            (await api.GetFromJsonAsync<JsonElement>($"/api/v1/clinics/{denver}/settings")).GetRawText())!;
        settings["medicareCarrierNumber"] = "04112";
        settings["medicareLocalityNumber"] = "01";
        settings["medicareFacilityType"] = "NonInstitutional";
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync($"/api/v1/clinics/{denver}/settings", settings)).StatusCode);
        Assert.DoesNotContain("fee-schedule-alert", (await SignedInPageAsync(app, "therapist")).FirstPage, StringComparison.Ordinal);
    }

    private static async Task<(PageClient Client, string FirstPage)> SignedInPageAsync(RehabAppFactory app, string user)
    {
        var client = await PageClient.SignInAsync(app, user);
        return (client, await client.Http.GetStringAsync("/"));
    }
}
