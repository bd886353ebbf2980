using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Audit;
using Rehab.Data.Organization;
using Rehab.Data.Settings;
using Rehab.Data.Tenancy;

namespace Rehab.Web.Settings;

public static class SettingsEndpoints
{
    public static void MapSettingsEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/company/settings", GetCompanyAsync).RequireAuthorization().WithTags("Settings").WithSummary("The company's settings");
        api.MapPut("/company/settings", PutCompanyAsync).RequireAuthorization(Permission.CompanyAdmin).WithTags("Settings")
            .WithSummary("Change the company's settings");
        api.MapGet("/clinics/{id:guid}/settings", GetClinicAsync).RequireAuthorization().WithTags("Settings").WithSummary("A clinic's settings");
        api.MapPut("/clinics/{id:guid}/settings", PutClinicAsync).RequireAuthorization(Permission.ClinicAdmin).WithTags("Settings")
            .WithSummary("Change a clinic's settings");
        api.MapGet("/settings/effective", EffectiveAsync).RequireAuthorization().WithTags("Settings")
            .WithSummary("The rules a note follows for a clinic, payers and user, each with its reason");
        api.MapGet("/company/settings/history", CompanyHistoryAsync).RequireAuthorization(Permission.CompanyAdmin).WithTags("Settings")
            .WithSummary("Every change of the company's settings, newest first, with old and new values");
        api.MapGet("/clinics/{id:guid}/settings/history", ClinicHistoryAsync).RequireAuthorization(Permission.ClinicAdmin).WithTags("Settings")
            .WithSummary("Every change of a clinic's settings, newest first, with old and new values");
        api.MapGet("/settings/review", ReviewAsync)
            .RequireAuthorization(SettingsPolicies.ReviewSettings)
            .WithTags("Settings").WithSummary("Settings that will cause denials or surprises, and clinics that differ");
    }

    private static async Task<Ok<CompanySettingsBody>> GetCompanyAsync(RehabDbContext db, CancellationToken ct) =>
        TypedResults.Ok(CompanySettingsBody.From(await SettingsStore.CompanyAsync(db, ct)));

    private static async Task<Results<Ok<CompanySettingsBody>, ValidationProblem>> PutCompanyAsync(
        CompanySettingsBody request, RehabDbContext db, ITenantContext tenant, CancellationToken ct)
    {
        var saved = await SettingsStore.SaveCompanyAsync(db, tenant, request, ct);
        return saved.Errors is { } errors
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Ok(CompanySettingsBody.From(saved.Value!));
    }

    private static async Task<Results<Ok<ClinicSettingsBody>, ProblemHttpResult>> GetClinicAsync(
        Guid id, RehabDbContext db, ITenantContext tenant, CancellationToken ct) =>
        await db.Clinics.VisibleTo(tenant).AnyAsync(c => c.Id == id, ct)
            ? TypedResults.Ok(ClinicSettingsBody.From(await SettingsStore.ClinicAsync(db, id, ct)))
            : ClinicNotFound();

    private static async Task<Results<Ok<ClinicSettingsBody>, ValidationProblem, ProblemHttpResult>> PutClinicAsync(
        Guid id, ClinicSettingsBody request, RehabDbContext db, ITenantContext tenant, CancellationToken ct)
    {
        var saved = await SettingsStore.SaveClinicAsync(db, tenant, id, request, ct);
        if (saved.NotFound is { } notFound)
            return notFound.ToProblem();
        return saved.Errors is { } errors
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Ok(ClinicSettingsBody.From(saved.Value!));
    }

    private static async Task<Ok<IReadOnlyList<SettingsRevision>>> CompanyHistoryAsync(RehabDbContext db, ITenantContext tenant, CancellationToken ct) =>
        TypedResults.Ok(await SettingsHistory.OfAsync<CompanySettingsRow>(db, tenant.CompanyId!.Value, ct));

    private static async Task<Results<Ok<IReadOnlyList<SettingsRevision>>, ProblemHttpResult>> ClinicHistoryAsync(
        Guid id, RehabDbContext db, ITenantContext tenant, CancellationToken ct) =>
        await db.Clinics.VisibleTo(tenant).AnyAsync(c => c.Id == id, ct)
            ? TypedResults.Ok(await SettingsHistory.OfAsync<ClinicSettingsRow>(db, id, ct))
            : ClinicNotFound();

    private static async Task<Results<Ok<EffectiveRulesResponse>, ValidationProblem, ProblemHttpResult>> EffectiveAsync(
        Guid? clinicId, Guid? primaryPayerId, Guid? secondaryPayerId, Guid? userId,
        RehabDbContext db, ITenantContext tenant, CancellationToken ct)
    {
        var rules = await SettingsStore.EffectiveRulesAsync(db, tenant, clinicId, primaryPayerId, secondaryPayerId, userId, ct);
        if (rules.NotFound is { } notFound)
            return notFound.ToProblem();
        return rules.Errors is { } errors
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Ok(EffectiveRulesResponse.From(rules.Value!));
    }

    private static async Task<Results<Ok<SettingsReviewResponse>, ProblemHttpResult>> ReviewAsync(
        Guid? referenceClinicId, RehabDbContext db, CancellationToken ct)
    {
        if (referenceClinicId is { } reference && !await SettingsStore.IsActiveClinicAsync(db, reference, ct))
            return ClinicNotFound();
        return TypedResults.Ok(await SettingsReview.RunAsync(db, referenceClinicId, compareWithMajority: false, ct));
    }

    private static ProblemHttpResult ClinicNotFound() => SettingsNotFound.Clinic.ToProblem();
}
