using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Audit;
using Rehab.Data.Payers;
using Rehab.Data.Tenancy;
using Rehab.Web.Settings;

namespace Rehab.Web.Payers;

public static class PayerEndpoints
{
    public static void MapPayerEndpoints(this RouteGroupBuilder api)
    {
        var payers = api.MapGroup("/payers").WithTags("Payers");
        payers.MapGet("/", ListAsync).RequireAuthorization().WithSummary("The company's payers, by name");
        payers.MapGet("/{id:guid}", GetAsync).RequireAuthorization().WithSummary("One payer and its settings");
        payers.MapGet("/{id:guid}/history", HistoryAsync).RequireAuthorization(Permission.InsuranceAdmin)
            .WithSummary("Every change of a payer, newest first, with old and new values");
        payers.MapPost("/", CreateAsync).RequireAuthorization(Permission.InsuranceAdmin).WithSummary("Add a payer");
        payers.MapPut("/{id:guid}", UpdateAsync).RequireAuthorization(Permission.InsuranceAdmin).WithSummary("Change a payer and its settings");
    }

    private static async Task<Ok<List<PayerResponse>>> ListAsync(RehabDbContext db, CancellationToken ct)
    {
        var rows = await db.Payers.AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(PayerResponse.From).ToList());
    }

    private static async Task<Results<Ok<PayerResponse>, ProblemHttpResult>> GetAsync(Guid id, RehabDbContext db, CancellationToken ct) =>
        await db.Payers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) is { } payer
            ? TypedResults.Ok(PayerResponse.From(payer))
            : PayerNotFound();

    private static async Task<Results<Ok<IReadOnlyList<SettingsRevision>>, ProblemHttpResult>> HistoryAsync(
        Guid id, RehabDbContext db, CancellationToken ct) =>
        await db.Payers.AnyAsync(p => p.Id == id, ct)
            ? TypedResults.Ok(await SettingsHistory.OfAsync<Payer>(db, id, ct))
            : PayerNotFound();

    private static async Task<Results<Created<PayerResponse>, ValidationProblem>> CreateAsync(
        PayerRequest request, RehabDbContext db, ITenantContext tenant, CancellationToken ct)
    {
        var saved = await SettingsStore.SavePayerAsync(db, tenant, null, request, ct);
        return saved.Errors is { } errors
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Created($"/api/v1/payers/{saved.Value!.Id}", PayerResponse.From(saved.Value));
    }

    private static async Task<Results<Ok<PayerResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, PayerRequest request, RehabDbContext db, ITenantContext tenant, CancellationToken ct)
    {
        var saved = await SettingsStore.SavePayerAsync(db, tenant, id, request, ct);
        if (saved.NotFound is { } notFound)
            return notFound.ToProblem();
        return saved.Errors is { } errors
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Ok(PayerResponse.From(saved.Value!));
    }

    private static ProblemHttpResult PayerNotFound() => SettingsNotFound.Payer().ToProblem();
}
