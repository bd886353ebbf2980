using Microsoft.AspNetCore.Http.HttpResults;
using Rehab.Core.Referrals;
using Rehab.Core.Users;
using Rehab.Web.Patients;

namespace Rehab.Web.Referrals;

public static class ReferralEndpoints
{
    public static void MapReferralEndpoints(this RouteGroupBuilder api)
    {
        var physicians = api.MapGroup("/referring-physicians").WithTags("Referrals");
        physicians.MapGet("/", ListPhysiciansAsync).RequireAuthorization(Permission.ViewPatients).WithSummary("The company's referring physicians, by name");
        physicians.MapPost("/", AddPhysicianAsync).RequireAuthorization(Permission.EditPatients)
            .WithSummary("Add a referring physician")
            .WithDescription("The NPI must pass its check digit; an NPI already on the list answers 409 naming the physician who has it.");
        var sources = api.MapGroup("/marketing-sources").WithTags("Referrals");
        sources.MapGet("/", ListSourcesAsync).RequireAuthorization(Permission.ViewPatients).WithSummary("The company's marketing sources, by name");
        sources.MapPost("/", AddSourceAsync).RequireAuthorization(Permission.EditPatients)
            .WithSummary("Add a marketing source").WithDescription("Names are unique in the company, whatever their case (409 otherwise).");
    }

    private static async Task<Ok<List<ReferringPhysicianResponse>>> ListPhysiciansAsync(ReferralSources sources, CancellationToken ct) =>
        TypedResults.Ok((await sources.PhysiciansAsync(ct)).Select(ReferringPhysicianResponse.From).ToList());

    private static Task<Results<Created<ReferringPhysicianResponse>, ValidationProblem, ProblemHttpResult>> AddPhysicianAsync(
        ReferringPhysicianDetails request, ReferralSources sources, CancellationToken ct) =>
        sources.AddPhysicianAsync(request, ct).AnswerAsync(p => TypedResults.Created((string?)null, ReferringPhysicianResponse.From(p)));

    private static async Task<Ok<List<MarketingSourceResponse>>> ListSourcesAsync(ReferralSources sources, CancellationToken ct) =>
        TypedResults.Ok((await sources.MarketingSourcesAsync(ct)).Select(MarketingSourceResponse.From).ToList());

    private static Task<Results<Created<MarketingSourceResponse>, ValidationProblem, ProblemHttpResult>> AddSourceAsync(
        MarketingSourceDetails request, ReferralSources sources, CancellationToken ct) =>
        sources.AddMarketingSourceAsync(request, ct).AnswerAsync(m => TypedResults.Created((string?)null, MarketingSourceResponse.From(m)));
}
