using System.Text.RegularExpressions;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Demo;

public sealed class AtAGlancePageTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, Providers]
    public async Task The_therapist_sees_their_drafts_the_note_to_co_sign_and_the_clinic_missing_a_fee_schedule(string provider)
    {
        var page = await (await PageClient.SignInAsync(apps[provider], "therapist")).Http.GetStringAsync("/");

        var drafts = Section(page, "glance-drafts");
        Assert.Contains("Lopez, Maria", drafts, StringComparison.Ordinal);
        Assert.Contains("Park, Linda", drafts, StringComparison.Ordinal);
        Assert.DoesNotContain("Chen, Robert", drafts, StringComparison.Ordinal);
        Assert.Contains("Chen, Robert", Section(page, "glance-cosign"), StringComparison.Ordinal);
        Assert.Contains("Denver Highlands", Section(page, "glance-fee-schedule"), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task The_assistant_sees_nothing_of_the_denver_clinic_and_no_co_sign_work(string provider)
    {
        var page = await (await PageClient.SignInAsync(apps[provider], "assistant")).Http.GetStringAsync("/");

        Assert.Contains("Incomplete co-sign documents (0)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Park, Linda", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Denver Highlands", Section(page, "glance-fee-schedule"), StringComparison.Ordinal);
    }

    private static string Section(string html, string testId)
    {
        var match = Regex.Match(html, $"data-testid=\"{testId}\">(.*?)</div>", RegexOptions.Singleline);
        Assert.True(match.Success, $"The page has no {testId} section.");
        return match.Groups[1].Value;
    }
}
