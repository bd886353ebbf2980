using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Settings;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Audit;
using Rehab.Data.Organization;
using Rehab.Data.Settings;
using Rehab.Data.Tenancy;
using Rehab.Data.Users;
using Rehab.Web.Auth;
using Rehab.Web.Payers;

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
            .RequireAuthorization(p => p.RequireAuthenticatedUser().RequireClaim(RehabClaims.Permission, Permission.CompanyAdmin, Permission.InsuranceAdmin))
            .WithTags("Settings").WithSummary("Settings that will cause denials or surprises, and clinics that differ");
    }

    private static async Task<Ok<CompanySettingsBody>> GetCompanyAsync(RehabDbContext db, CancellationToken ct) =>
        TypedResults.Ok(CompanySettingsBody.From(await SettingsStore.CompanyAsync(db, ct)));

    private static async Task<Results<Ok<CompanySettingsBody>, ValidationProblem>> PutCompanyAsync(
        CompanySettingsBody request, RehabDbContext db, ITenantContext tenant, CancellationToken ct)
    {
        var settings = request.ToSettings();
        var errors = settings.Validate();
        if (settings.ReferenceClinicId is { } reference && !await db.Clinics.AnyAsync(c => c.Id == reference && c.IsActive, ct))
            errors.Add(nameof(settings.ReferenceClinicId), "The reference clinic must be one of the company's active clinics.");
        if (!errors.IsValid)
            return TypedResults.ValidationProblem(SettingsStore.Fields(errors.ToDictionary()));
        var row = await db.CompanySettings.FirstOrDefaultAsync(ct);
        if (row is null)
            db.CompanySettings.Add(row = new CompanySettingsRow { CompanyId = tenant.CompanyId!.Value });
        row.Apply(settings);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(CompanySettingsBody.From(row.ToSettings()));
    }

    private static async Task<Results<Ok<ClinicSettingsBody>, ProblemHttpResult>> GetClinicAsync(
        Guid id, RehabDbContext db, ITenantContext tenant, CancellationToken ct) =>
        await db.Clinics.VisibleTo(tenant).AnyAsync(c => c.Id == id, ct)
            ? TypedResults.Ok(ClinicSettingsBody.From(await SettingsStore.ClinicAsync(db, id, ct)))
            : ClinicNotFound();

    private static async Task<Results<Ok<ClinicSettingsBody>, ValidationProblem, ProblemHttpResult>> PutClinicAsync(
        Guid id, ClinicSettingsBody request, RehabDbContext db, ITenantContext tenant, CancellationToken ct)
    {
        var clinic = await db.Clinics.VisibleTo(tenant).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (clinic is null)
            return ClinicNotFound();
        var (settings, errors) = request.ToSettings();
        if (settings is null)
            return TypedResults.ValidationProblem(SettingsStore.Fields(errors.ToDictionary()));
        var row = await db.ClinicSettings.FirstOrDefaultAsync(s => s.ClinicId == id, ct);
        if (row is null)
            db.ClinicSettings.Add(row = new ClinicSettingsRow { ClinicId = id, CompanyId = clinic.CompanyId });
        row.Apply(settings);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ClinicSettingsBody.From(row.ToSettings()));
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
        var missing = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (clinicId is null)
            missing["clinicId"] = ["Choose the clinic the note is written in."];
        if (primaryPayerId is null)
            missing["primaryPayerId"] = ["Choose the case's primary payer."];
        if (missing.Count > 0)
            return TypedResults.ValidationProblem(missing);

        if (!await db.Clinics.VisibleTo(tenant).AnyAsync(c => c.Id == clinicId, ct))
            return ClinicNotFound();
        var primary = await db.Payers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == primaryPayerId, ct);
        if (primary is null)
            return PayerEndpoints.PayerNotFound();
        var secondary = secondaryPayerId is null ? null : await db.Payers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == secondaryPayerId, ct);
        if (secondaryPayerId is not null && secondary is null)
            return PayerEndpoints.PayerNotFound();
        var actingId = userId ?? tenant.UserId;
        var user = await db.Users.AsNoTracking().VisibleTo(db, tenant).FirstOrDefaultAsync(u => u.Id == actingId, ct);
        if (user is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "User not found",
                detail: "No user with this id exists that you may see.");
        var finalizes = await db.UserPermissions.AnyAsync(p => p.UserId == user.Id && p.Permission == Permission.FinalizeNotes, ct);

        var rules = (await SettingsStore.SourcesAsync(db, clinicId!.Value, primary, secondary, ct)).For(new ActingUser(user.UserType, finalizes));
        return TypedResults.Ok(EffectiveRulesResponse.From(rules));
    }

    private static async Task<Results<Ok<SettingsReviewResponse>, ProblemHttpResult>> ReviewAsync(
        Guid? referenceClinicId, RehabDbContext db, CancellationToken ct)
    {
        if (referenceClinicId is { } reference && !await db.Clinics.AnyAsync(c => c.Id == reference && c.IsActive, ct))
            return ClinicNotFound();
        return TypedResults.Ok(await SettingsReview.RunAsync(db, referenceClinicId, ct));
    }

    internal static ProblemHttpResult ClinicNotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Clinic not found",
            detail: "No clinic with this id exists that you may see.");
}
