using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Settings;

/// <summary>Issue 14 items 5 and 6: what a Medicare payer always applies, and the CQ/CO setting.</summary>
public sealed class MedicarePayerApiTests(Apps apps) : IClassFixture<Apps>
{
    // Pub. 100-04 Ch. 5 §20.1
    [Theory, Providers]
    public async Task A_Medicare_payer_without_therapy_modifiers_is_refused_with_the_reason(string provider)
    {
        var api = await apps[provider].ClientForAsync("admin");

        var response = await api.PostAsJsonAsync("/api/v1/payers", new
        {
            name = TestData.Unique("Medicare "), type = "Medicare", appliesTherapyModifiers = false,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        var message = Assert.Single(errors.GetProperty("appliesTherapyModifiers").EnumerateArray()).GetString();
        Assert.Contains("always apply therapy modifiers", message);
        Assert.Contains("§20.1", message);
    }

    [Theory, Providers]
    public async Task The_assistant_modifier_setting_round_trips_and_defaults_on_for_Medicare_types(string provider)
    {
        var api = await apps[provider].ClientForAsync("admin");
        var advantage = await CreateAsync(api, new
        {
            name = TestData.Unique("Humana Gold "), type = "MedicareReplacement", appliesTherapyModifiers = true,
        });
        var commercial = await CreateAsync(api, new { name = TestData.Unique("Cigna "), type = "Commercial" });
        Assert.True(advantage.GetProperty("appliesAssistantModifiers").GetBoolean());
        Assert.False(commercial.GetProperty("appliesAssistantModifiers").GetBoolean());

        var id = commercial.GetProperty("id").GetGuid();
        var updated = await api.PutAsJsonAsync($"/api/v1/payers/{id}", new
        {
            name = commercial.GetProperty("name").GetString(), type = "Commercial", appliesAssistantModifiers = true,
        });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.True((await api.GetFromJsonAsync<JsonElement>($"/api/v1/payers/{id}"))
            .GetProperty("appliesAssistantModifiers").GetBoolean());

        var advantageId = advantage.GetProperty("id").GetGuid();
        var off = await api.PutAsJsonAsync($"/api/v1/payers/{advantageId}", new
        {
            name = advantage.GetProperty("name").GetString(), type = "MedicareReplacement",
            appliesTherapyModifiers = true, appliesAssistantModifiers = false,
        });
        Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        Assert.False((await api.GetFromJsonAsync<JsonElement>($"/api/v1/payers/{advantageId}"))
            .GetProperty("appliesAssistantModifiers").GetBoolean());
    }

    // SSA §1834(v)
    [Theory, Providers]
    public async Task Original_Medicare_without_assistant_modifiers_is_refused_with_the_reason(string provider)
    {
        var api = await apps[provider].ClientForAsync("admin");

        var response = await api.PostAsJsonAsync("/api/v1/payers", new
        {
            name = TestData.Unique("Medicare "), type = "Medicare", appliesTherapyModifiers = true,
            appliesAssistantModifiers = false,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("§1834(v)", errors.GetProperty("appliesAssistantModifiers")[0].GetString());
    }

    private static async Task<JsonElement> CreateAsync(HttpClient api, object payer)
    {
        var response = await api.PostAsJsonAsync("/api/v1/payers", payer);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
