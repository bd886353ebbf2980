using System.Net.Http.Json;
using System.Text.Json;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Settings;

/// <summary>The demo company's planted settings problems, as the review and the login alert show them.</summary>
public sealed class DemoSettingsTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, Providers]
    public async Task The_review_shows_the_demo_companys_planted_problems(string provider)
    {
        var api = await apps[provider].ClientForAsync("admin");
        var review = await api.GetFromJsonAsync<JsonElement>("/api/v1/settings/review");
        var findings = review.GetProperty("findings").EnumerateArray()
            .Select(f => (Severity: f.GetProperty("severity").GetString(), Subject: f.GetProperty("subject").GetString(), Message: f.GetProperty("message").GetString()!))
            .ToList();

        // Medicare types always apply GP/GO/GN now
        Assert.DoesNotContain(findings, f => f is { Severity: "Error", Subject: "Payer Railroad Medicare" });
        Assert.Contains(findings, f => f is { Severity: "Warning", Subject: "Payer AHCCCS Arizona Medicaid" } && f.Message.Contains("Rule of 8s", StringComparison.Ordinal));
        Assert.Contains(findings, f => f is { Severity: "Warning", Subject: "Payer UnitedHealthcare Choice Plus PPO" } && f.Message.Contains("HMO", StringComparison.Ordinal));
        Assert.Contains(findings, f => f is { Severity: "Warning", Subject: "Payer Aetna PPO" } && f.Message.Contains("GZ", StringComparison.Ordinal));
        Assert.Contains(findings, f => f is { Severity: "Warning", Subject: "Clinic Denver Highlands" });
        Assert.DoesNotContain(findings, f => f.Subject == "Clinic Phoenix Central");

        Assert.Equal("Phoenix Central", review.GetProperty("referenceClinic").GetString());
        var drifted = review.GetProperty("drift").EnumerateArray().Select(d => d.GetProperty("setting").GetString()).ToList();
        Assert.Contains("Assistant note finalization", drifted);
        Assert.Contains("Require referral", drifted);
        Assert.All(review.GetProperty("drift").EnumerateArray(), d =>
            Assert.Equal(["Denver Highlands"], d.GetProperty("differing").EnumerateArray().Select(v => v.GetProperty("clinic").GetString())));
    }
}
