using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Organization;
using Rehab.Data.Tenancy;
using Rehab.Web.Auth;

namespace Rehab.Web.Settings;

/// <summary>
/// A clinic of the user's without a Medicare fee-schedule locality yet, or one without imported amounts.
/// </summary>
public sealed record FeeScheduleAlert(Guid ClinicId, string Clinic, string SettingsUrl,
    bool LocalityWithoutAmounts = false)
{
    public string Message => LocalityWithoutAmounts
        ? $"{Clinic}'s Medicare fee-schedule locality has no imported amounts. Until they are imported, or another " +
          "locality is chosen, KX cannot be decided and Medicare notes are finalized only with a KX attestation."
        : $"{Clinic} has no Medicare fee-schedule locality. " +
          "Until one is chosen, Medicare threshold amounts cannot be estimated.";
}

public static class FeeScheduleAlerts
{
    /// <summary>Set at sign-in; the first page after it shows the alerts.</summary>
    public const string ShowAfterSignIn = "ShowFeeScheduleAlerts";

    /// <summary>
    /// The user's active clinics whose Medicare fee-schedule locality and facility type are not chosen.
    /// </summary>
    public static async Task<IReadOnlyList<FeeScheduleAlert>> ForAsync(RehabDbContext db, ITenantContext tenant, CancellationToken ct)
    {
        var chosen = db.ClinicSettings.Where(s => s.MedicareFacilityType != null && s.MedicareLocalityNumber != null).Select(s => s.ClinicId);
        var clinics = await db.Clinics.VisibleTo(tenant).AsNoTracking()
            .Where(c => c.IsActive && !chosen.Contains(c.Id))
            .OrderBy(c => c.Name).Select(c => new { c.Id, c.Name })
            .ToListAsync(ct);
        var unpriced = await WithoutAmounts(db).ToListAsync(ct);
        var unpricedClinics = await db.Clinics.VisibleTo(tenant).AsNoTracking()
            .Where(c => c.IsActive && unpriced.Contains(c.Id))
            .OrderBy(c => c.Name).Select(c => new { c.Id, c.Name })
            .ToListAsync(ct);
        return
        [
            .. clinics.Select(c => new FeeScheduleAlert(c.Id, c.Name, SettingsPages.ClinicFeeSchedule(c.Id))),
            .. unpricedClinics.Select(c =>
                new FeeScheduleAlert(c.Id, c.Name, SettingsPages.ClinicFeeSchedule(c.Id), true)),
        ];
    }

    /// <summary>The clinics whose chosen locality and facility type have no imported amount of any year.</summary>
    public static IQueryable<Guid> WithoutAmounts(RehabDbContext db) =>
        db.ClinicSettings
            .Where(s => s.MedicareFacilityType != null && s.MedicareLocalityNumber != null
                && s.MedicareCarrierNumber != null)
            .Where(s => !db.FeeScheduleAmounts.Any(f => f.CarrierNumber == s.MedicareCarrierNumber
                && f.LocalityNumber == s.MedicareLocalityNumber && f.FacilityType == s.MedicareFacilityType))
            .Select(s => s.ClinicId);
}

/// <summary>
/// Shows, on the first page after each sign-in, the user's clinics that still need a Medicare fee-schedule locality.
/// </summary>
public sealed class FeeScheduleLoginAlerts(RehabDbContext db, ITenantContext tenant) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (TempData[FeeScheduleAlerts.ShowAfterSignIn] is not true)
            return Content("");
        var alerts = await FeeScheduleAlerts.ForAsync(db, tenant, HttpContext.RequestAborted);
        return alerts.Count == 0
            ? Content("")
            : View("~/Pages/Shared/_FeeScheduleAlerts.cshtml",
                new FeeScheduleAlertsModel(alerts, UserClaimsPrincipal.HasClaim(RehabClaims.Permission, Permission.ClinicAdmin)));
    }
}

public sealed record FeeScheduleAlertsModel(IReadOnlyList<FeeScheduleAlert> Alerts, bool MayFix);
