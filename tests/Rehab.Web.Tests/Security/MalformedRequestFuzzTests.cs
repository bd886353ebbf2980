using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rehab.Web.Tests.Infrastructure;
using Rehab.Web.Tests.Security.Fuzzing;
using Xunit.Abstractions;

namespace Rehab.Web.Tests.Security;

/// <summary>
/// Every operation of the served OpenAPI document gets a bounded, seeded set of malformed requests. None may
/// answer 5xx; every refusal is a problem+json; a refused write changes no data table.
/// </summary>
public sealed class MalformedRequestFuzzTests(Apps apps, ITestOutputHelper output) : IClassFixture<Apps>
{
    private const int RequestsPerOperation = 64;

    [Theory, Providers]
    public async Task No_malformed_request_from_the_admin_is_a_5xx_a_bare_error_or_a_partial_write(string provider)
    {
        var app = apps[provider];
        var admin = await app.ClientForAsync("admin");
        var api = new ApiDescription(JsonNode.Parse(await admin.GetStringAsync("/openapi/v1.json"))!);
        var ours = await IdPool.GatherAsync(admin, api.Operations);
        var me = await admin.GetFromJsonAsync<JsonElement>("/api/v1/me");
        ours.Forget(me.GetProperty("userId").GetGuid()); // the admin keeps its own account and permissions

        await app.AddCompanyAsync("Fuzz Northern Therapy", "fuzz-other-" + provider, "Fuzz Glacier Clinic");
        var theirs = await IdPool.GatherAsync(await app.ClientForAsync("fuzz-other-" + provider), api.Operations);
        Assert.NotEmpty(theirs.Of("clinic"));

        var requests = new MalformedRequests(api, ours, theirs);
        var plan = api.Operations.Where(o => !o.IsAnonymous).OrderBy(RiskLast)
            .SelectMany(o => requests.For(o, RequestsPerOperation)).ToList();
        var run = await SendAllAsync(app, admin, plan);

        Report(provider, "admin", run);
        Assert.True(run.Failures.Count == 0, string.Join("\n", run.Failures.Take(40)));
        Assert.True(plan.Count >= 3_000, $"only {plan.Count} requests planned");
    }

    [Theory, Providers]
    public async Task No_malformed_request_without_a_token_is_a_5xx_a_bare_error_or_a_partial_write(string provider)
    {
        var app = apps[provider];
        var admin = await app.ClientForAsync("admin");
        var api = new ApiDescription(JsonNode.Parse(await admin.GetStringAsync("/openapi/v1.json"))!);
        var ours = await IdPool.GatherAsync(admin, api.Operations);
        var requests = new MalformedRequests(api, ours, new IdPool());

        // The open operations get the whole set; the rest must refuse an anonymous or forged caller with 401.
        var plan = api.Operations
            .SelectMany(o => requests.For(o, o.IsAnonymous ? 8 * RequestsPerOperation : 4)).ToList();
        var run = await SendAllAsync(app, app.AnonymousClient(), plan);
        var forged = app.AnonymousClient();
        forged.DefaultRequestHeaders.Authorization = new("Bearer", "CfDJ8-forged-token");
        var forgedRun = await SendAllAsync(app, forged, [.. api.Operations.Where(o => !o.IsAnonymous)
            .SelectMany(o => requests.For(o, 1))]);

        Report(provider, "anonymous", run);
        Report(provider, "forged token", forgedRun);
        Assert.True(run.Failures.Count == 0, string.Join("\n", run.Failures.Take(40)));
        Assert.True(forgedRun.Failures.Count == 0, string.Join("\n", forgedRun.Failures.Take(40)));
    }

    /// <summary>Operations that could lock the admin out of the rest of the run go last.</summary>
    private static int RiskLast(ApiOperation operation) =>
        operation.Template.Contains("/users", StringComparison.Ordinal)
        || operation.Template.EndsWith("/settings", StringComparison.Ordinal) ? 1 : 0;

    private sealed record Run(
        int Sent, int ServerErrors, List<string> Failures, Dictionary<int, int> Statuses, TimeSpan Took);

    private static async Task<Run> SendAllAsync(RehabAppFactory app, HttpClient client, IReadOnlyList<FuzzRequest> plan)
    {
        await using var tables = await TableChecksums.OpenAsync(app);
        var failures = new List<string>();
        var statuses = new Dictionary<int, int>();
        var serverErrors = 0;
        var clock = Stopwatch.StartNew();
        IReadOnlyDictionary<string, (int, long)>? before = null;
        foreach (var request in plan)
        {
            var writes = request.Method is not "GET";
            if (writes)
                before ??= await tables.ReadAsync();
            using var message = request.ToMessage();
            using var response = await client.SendAsync(message);
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            var body = await response.Content.ReadAsStringAsync();
            if (status >= 500)
            {
                serverErrors++;
                failures.Add($"{status} from {request}");
            }
            else if (status >= 400 && !IsProblem(response, body, status))
                failures.Add($"{status} without a problem+json body from {request}: {Preview(body)}");
            if (!writes)
            {
                before = null;
                continue;
            }
            var after = await tables.ReadAsync();
            if (status >= 400 && TableChecksums.Changed(before!, after).ToList() is { Count: > 0 } changed)
                failures.Add($"{status} refused, yet changed {string.Join(", ", changed)}: {request}");
            before = after;
        }
        return new Run(plan.Count, serverErrors, failures, statuses, clock.Elapsed);
    }

    private static bool IsProblem(HttpResponseMessage response, string body, int status)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            return false;
        try
        {
            var problem = JsonDocument.Parse(body).RootElement;
            return problem.TryGetProperty("status", out var s) && s.GetInt32() == status
                   && !body.Contains("   at ", StringComparison.Ordinal)
                   && !body.Contains("Exception", StringComparison.Ordinal);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Preview(string body) => body.Length > 200 ? body[..200] + "…" : body;

    private void Report(string provider, string caller, Run run)
    {
        foreach (var failure in run.Failures.Take(200))
            output.WriteLine(failure);
        output.WriteLine($"{provider}, {caller}: {run.Sent} requests, {run.ServerErrors} answered 5xx, " +
                         $"{run.Failures.Count} failures, {run.Took.TotalSeconds:0.0} s; statuses " +
                         string.Join(" ", run.Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
    }
}
