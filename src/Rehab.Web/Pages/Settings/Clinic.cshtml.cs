using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Billing;
using Rehab.Core.Billing.Threshold;
using Rehab.Core.Settings;
using Rehab.Data;
using Rehab.Data.Audit;
using Rehab.Data.Organization;
using Rehab.Data.Settings;
using Rehab.Data.Tenancy;
using Rehab.Web.Pages.Shared;
using Rehab.Web.Settings;

namespace Rehab.Web.Pages.Settings;

/// <summary>
/// A clinic administrator's settings for one clinic they may access, through the same validation and storage as the
/// API.
/// </summary>
public sealed class ClinicModel(RehabDbContext db, ITenantContext tenant) : PageModel
{
    public const string CustomWordingChoice = "custom";

    public static readonly IReadOnlyList<string> Fields =
    [
        "assistantFinalization", "supervisionWording", "knownLocality", "medicareCarrierNumber", "medicareLocalityNumber", "medicareFacilityType",
        "defaultPlaceOfService", "allowPlaceOfServiceChange", "requireReferral", "passwordExpiry", "outcomesExtraQuestions",
        "outcomesRecommendQuestion", "thresholdChartAlert", "thresholdReviewAmountAlert", "thresholdSchedulerDisplay",
    ];

    private static readonly Dictionary<string, string> Unreadable = new(StringComparer.Ordinal)
    {
        ["passwordExpiry"] = "Password expiry is 30, 60 or 90 days, or never.",
    };

    /// <summary>The CMS codes therapy uses, and the clinic's own code when it is another.</summary>
    public IReadOnlyList<FieldOption> PlacesOfService =>
    [
        .. PlaceOfService.Known.Select(p => new FieldOption(p.Code, p.ToString())),
        .. PlaceOfService.TryParse(Input.DefaultPlaceOfService, out var own) && own.Name is null ? [new FieldOption(own.Code, own.Code)] : Array.Empty<FieldOption>(),
    ];

    [BindProperty] public ClinicSettingsBody Input { get; set; } = new();
    /// <summary>The index of a preset wording, or <see cref="CustomWordingChoice"/>.</summary>
    [BindProperty] public string? SupervisionChoice { get; set; }
    [BindProperty] public string? CustomWording { get; set; }
    /// <summary>
    /// An imported fee-schedule locality as carrier/locality; when chosen it overrides the typed numbers.
    /// </summary>
    [BindProperty] public string? KnownLocality { get; set; }
    public FormErrors Errors { get; } = new();
    [TempData] public string? Notice { get; set; }
    public string ClinicName { get; private set; } = "";
    /// <summary>The clinic's settings as stored, before this request changes anything.</summary>
    public ClinicSettings Stored { get; private set; } = new();
    public IReadOnlyList<FieldOption> Localities { get; private set; } = [];
    public IReadOnlyList<SettingsRevision> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        Input = ClinicSettingsBody.From(Stored);
        var preset = SupervisionWordings.Presets.ToList().IndexOf(Stored.SupervisionWording);
        SupervisionChoice = preset >= 0 ? preset.ToString(CultureInfo.InvariantCulture) : CustomWordingChoice;
        CustomWording = preset >= 0 ? null : Stored.SupervisionWording;
        // A locality of the imported fee schedule shows in the list only, so the form has one place that says it.
        if (Stored.MedicareFeeSchedule is { } fee && Localities.Any(l => l.Value == LocalityValue(fee.Locality)))
        {
            KnownLocality = LocalityValue(fee.Locality);
            Input = Input with { MedicareCarrierNumber = null, MedicareLocalityNumber = null };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        Errors.AddUnreadable(ModelState, nameof(Input), Unreadable);
        var wording = SupervisionChoice == CustomWordingChoice
            ? CustomWording ?? ""
            : int.TryParse(SupervisionChoice, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < SupervisionWordings.Presets.Count
                ? SupervisionWordings.Presets[i]
                : null;
        if (wording is null)
            Errors.Add("supervisionWording", "Choose one of the wordings or write your own.");
        var (carrier, locality) = KnownLocality?.Split('/') is [var c, var l] ? (c, l) : (Input.MedicareCarrierNumber, Input.MedicareLocalityNumber);
        Input = Input with { SupervisionWording = wording, MedicareCarrierNumber = carrier, MedicareLocalityNumber = locality };
        if (Errors.Any)
            return Page();
        var saved = await SettingsStore.SaveClinicAsync(db, tenant, id, Input, ct);
        if (saved.NotFound is not null)
            return NotFound();
        if (saved.Errors is { } errors)
        {
            Errors.AddAll(errors);
            return Page();
        }
        Notice = $"Settings of {ClinicName} saved.";
        if (await FeeScheduleAlerts.WithoutAmounts(db).ContainsAsync(id, ct))
            Notice += " " + new FeeScheduleAlert(id, ClinicName, "", true).Message;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var name = await db.Clinics.AsNoTracking().VisibleTo(tenant).Where(c => c.Id == id).Select(c => c.Name).FirstOrDefaultAsync(ct);
        if (name is null)
            return false;
        ClinicName = name;
        Stored = await SettingsStore.ClinicAsync(db, id, ct);
        var imported = await db.FeeScheduleAmounts.AsNoTracking().Select(f => new { f.CarrierNumber, f.LocalityNumber }).Distinct().ToListAsync(ct);
        Localities = imported.Count == 0
            ? []
            : [new("", "Not listed: type the numbers below"),
               .. imported.OrderBy(l => l.CarrierNumber, StringComparer.Ordinal).ThenBy(l => l.LocalityNumber, StringComparer.Ordinal)
                   .Select(l => FeeScheduleLocality.Create(l.CarrierNumber, l.LocalityNumber))
                   .Select(l => new FieldOption(LocalityValue(l), $"Carrier {l.CarrierNumber}, locality {l.LocalityNumber}"))];
        History = await SettingsHistory.OfAsync<ClinicSettingsRow>(db, id, ct);
        return true;
    }

    private static string LocalityValue(FeeScheduleLocality locality) => $"{locality.CarrierNumber}/{locality.LocalityNumber}";
}
