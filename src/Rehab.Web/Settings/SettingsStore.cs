using Microsoft.EntityFrameworkCore;
using Rehab.Core.Settings;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Organization;
using Rehab.Data.Payers;
using Rehab.Data.Settings;
using Rehab.Data.Tenancy;
using Rehab.Data.Users;
using Rehab.Web.Payers;

namespace Rehab.Web.Settings;

/// <summary>
/// Reads and writes stored settings for the API and the pages alike; a company or clinic without a row has the defaults.
/// Writes validate first and save nothing when anything is wrong.
/// </summary>
public static class SettingsStore
{
    public static async Task<CompanySettings> CompanyAsync(RehabDbContext db, CancellationToken ct) =>
        (await db.CompanySettings.AsNoTracking().FirstOrDefaultAsync(ct))?.ToSettings() ?? new CompanySettings();

    public static async Task<ClinicSettings> ClinicAsync(RehabDbContext db, Guid clinicId, CancellationToken ct) =>
        (await db.ClinicSettings.AsNoTracking().FirstOrDefaultAsync(s => s.ClinicId == clinicId, ct))?.ToSettings() ?? new ClinicSettings();

    /// <summary>Whether the id names one of the company's active clinics, the only ones the settings review compares.</summary>
    public static Task<bool> IsActiveClinicAsync(RehabDbContext db, Guid clinicId, CancellationToken ct) =>
        db.Clinics.AnyAsync(c => c.Id == clinicId && c.IsActive, ct);

    /// <summary>Adds a payer (no id) or changes one.</summary>
    public static async Task<SettingsResult<Payer>> SavePayerAsync(
        RehabDbContext db, ITenantContext tenant, Guid? id, PayerRequest request, CancellationToken ct)
    {
        Payer? payer = null;
        if (id is not null && (payer = await db.Payers.FirstOrDefaultAsync(p => p.Id == id, ct)) is null)
            return SettingsResult.Missing<Payer>(SettingsNotFound.Payer());
        var errors = request.Validate(await CompanyAsync(db, ct));
        if (errors.Count > 0)
            return SettingsResult.Invalid<Payer>(errors);
        if (payer is null)
            db.Payers.Add(payer = new Payer { CompanyId = tenant.CompanyId!.Value, Name = "" });
        request.ApplyTo(payer);
        await db.SaveChangesAsync(ct);
        return SettingsResult.Ok(payer);
    }

    public static async Task<SettingsResult<CompanySettings>> SaveCompanyAsync(
        RehabDbContext db, ITenantContext tenant, CompanySettingsBody request, CancellationToken ct)
    {
        var settings = request.ToSettings();
        var errors = settings.Validate();
        if (settings.ReferenceClinicId is { } reference && !await IsActiveClinicAsync(db, reference, ct))
            errors.Add(nameof(settings.ReferenceClinicId), "The reference clinic must be one of the company's active clinics.");
        if (!errors.IsValid)
            return SettingsResult.Invalid<CompanySettings>(Fields(errors.ToDictionary()));
        var row = await db.CompanySettings.FirstOrDefaultAsync(ct);
        if (row is null)
            db.CompanySettings.Add(row = new CompanySettingsRow { CompanyId = tenant.CompanyId!.Value });
        row.Apply(settings);
        await db.SaveChangesAsync(ct);
        return SettingsResult.Ok(row.ToSettings());
    }

    /// <summary>Changes the settings of a clinic the user may see.</summary>
    public static async Task<SettingsResult<ClinicSettings>> SaveClinicAsync(
        RehabDbContext db, ITenantContext tenant, Guid clinicId, ClinicSettingsBody request, CancellationToken ct)
    {
        var clinic = await db.Clinics.VisibleTo(tenant).FirstOrDefaultAsync(c => c.Id == clinicId, ct);
        if (clinic is null)
            return SettingsResult.Missing<ClinicSettings>(SettingsNotFound.Clinic);
        var (settings, errors) = request.ToSettings();
        if (settings is null)
            return SettingsResult.Invalid<ClinicSettings>(Fields(errors.ToDictionary()));
        var row = await db.ClinicSettings.FirstOrDefaultAsync(s => s.ClinicId == clinicId, ct);
        if (row is null)
            db.ClinicSettings.Add(row = new ClinicSettingsRow { ClinicId = clinicId, CompanyId = clinic.CompanyId });
        row.Apply(settings);
        await db.SaveChangesAsync(ct);
        return SettingsResult.Ok(row.ToSettings());
    }

    /// <summary>
    /// The rules a note in the clinic follows for these payers and user (the signed-in user when none is named), from the
    /// stored company, clinic and payer settings and the user's Finalize Notes permission.
    /// </summary>
    public static async Task<SettingsResult<EffectiveRules>> EffectiveRulesAsync(
        RehabDbContext db, ITenantContext tenant, Guid? clinicId, Guid? primaryPayerId, Guid? secondaryPayerId, Guid? userId,
        CancellationToken ct)
    {
        var missing = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (clinicId is null)
            missing["clinicId"] = ["Choose the clinic the note is written in."];
        if (primaryPayerId is null)
            missing["primaryPayerId"] = ["Choose the case's primary payer."];
        if (missing.Count > 0)
            return SettingsResult.Invalid<EffectiveRules>(missing);

        if (!await db.Clinics.VisibleTo(tenant).AnyAsync(c => c.Id == clinicId, ct))
            return SettingsResult.Missing<EffectiveRules>(SettingsNotFound.Clinic);
        var primary = await db.Payers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == primaryPayerId, ct);
        if (primary is null)
            return SettingsResult.Missing<EffectiveRules>(SettingsNotFound.Payer("primaryPayerId"));
        var secondary = secondaryPayerId is null ? null : await db.Payers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == secondaryPayerId, ct);
        if (secondaryPayerId is not null && secondary is null)
            return SettingsResult.Missing<EffectiveRules>(SettingsNotFound.Payer("secondaryPayerId"));
        var actingId = userId ?? tenant.UserId;
        var user = await db.Users.AsNoTracking().VisibleTo(db, tenant).FirstOrDefaultAsync(u => u.Id == actingId, ct);
        if (user is null)
            return SettingsResult.Missing<EffectiveRules>(SettingsNotFound.User);
        var finalizes = await db.UserPermissions.AnyAsync(p => p.UserId == user.Id && p.Permission == Permission.FinalizeNotes, ct);

        return SettingsResult.Ok(EffectiveRulesResolver.Resolve(
            await CompanyAsync(db, ct), await ClinicAsync(db, clinicId!.Value, ct),
            primary.ToSettings(), secondary?.ToSettings(), new ActingUser(user.UserType, finalizes)));
    }

    /// <summary>Validation errors keyed by the request's camel-case field names.</summary>
    public static IDictionary<string, string[]> Fields(IDictionary<string, string[]> errors) =>
        errors.ToDictionary(e => e.Key.Length > 0 ? char.ToLowerInvariant(e.Key[0]) + e.Key[1..] : e.Key, e => e.Value, StringComparer.Ordinal);
}
