using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Billing;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Cases;
using Rehab.Data.Patients;
using Rehab.Data.Tenancy;
using Rehab.Data.Users;
using Rehab.Web.Cases;
using Rehab.Web.Organization;
using Rehab.Web.Pages.Shared;
using Rehab.Web.Patients;
using Rehab.Web.Settings;

namespace Rehab.Web.Pages.Cases;

/// <summary>The case form as posted: text as typed, read into a <see cref="CaseInput"/>.</summary>
public sealed class CaseForm
{
    public Guid? ClinicId { get; set; }
    public string? Title { get; set; }
    public Guid? PrimaryPolicyId { get; set; }
    public Guid? SecondaryPolicyId { get; set; }
    public string? PlaceOfService { get; set; }
    public Guid? AssignedTherapistId { get; set; }
    public string? Diagnoses { get; set; }
    public string? AuthorizedVisits { get; set; }
    public string? AuthorizationStart { get; set; }
    public string? AuthorizationEnd { get; set; }
    public string? AuthorizationNumber { get; set; }
    public Guid? ReferralId { get; set; }
    public Guid? ReferringPhysicianId { get; set; }
    public Guid? MarketingSourceId { get; set; }
    public string? ReferralReceived { get; set; }
    public string? ReferralDiagnoses { get; set; }
    public Guid? Version { get; set; }

    public CaseInput ToInput(FormErrors errors)
    {
        var hasAuthorization = new[] { AuthorizedVisits, AuthorizationStart, AuthorizationEnd, AuthorizationNumber }.Any(v => !string.IsNullOrWhiteSpace(v));
        var hasReferral = ReferringPhysicianId is not null || MarketingSourceId is not null
                          || !string.IsNullOrWhiteSpace(ReferralReceived) || !string.IsNullOrWhiteSpace(ReferralDiagnoses);
        return new CaseInput
        {
            ClinicId = ClinicId, Title = Title, PrimaryPolicyId = PrimaryPolicyId, SecondaryPolicyId = SecondaryPolicyId,
            PlaceOfService = string.IsNullOrWhiteSpace(PlaceOfService) ? null : PlaceOfService, AssignedTherapistId = AssignedTherapistId,
            TreatingDiagnosisCodes = FormValues.Codes(Diagnoses),
            Authorization = hasAuthorization
                ? new AuthorizationBody(
                    FormValues.Number(errors, "authorizedVisits", AuthorizedVisits, "Authorized visits"),
                    FormValues.Date(errors, "authorizationStart", AuthorizationStart, "The authorization's first date"),
                    FormValues.Date(errors, "authorizationEnd", AuthorizationEnd, "The authorization's last date"),
                    AuthorizationNumber)
                : null,
            ReferralId = ReferralId,
            Referral = hasReferral && ReferralId is null
                ? new ReferralInput(ReferringPhysicianId, MarketingSourceId,
                    FormValues.Date(errors, "referralReceived", ReferralReceived, "The date the referral was received"), FormValues.Codes(ReferralDiagnoses))
                : null,
            Version = Version,
        };
    }

    public static CaseForm From(Case c) => new()
    {
        ClinicId = c.ClinicId, Title = c.Title, PrimaryPolicyId = c.PrimaryPolicyId, SecondaryPolicyId = c.SecondaryPolicyId,
        PlaceOfService = c.PlaceOfService, AssignedTherapistId = c.AssignedTherapistId, Diagnoses = c.TreatingDiagnoses.Replace(",", ", "),
        AuthorizedVisits = c.AuthorizedVisits?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        AuthorizationStart = c.AuthorizationStart?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        AuthorizationEnd = c.AuthorizationEnd?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        AuthorizationNumber = c.AuthorizationNumber, ReferralId = c.ReferralId, Version = c.Version,
    };
}

/// <summary>What opening a case and changing one share: the fields, their choices, and how refusals land next to them.</summary>
public abstract class CaseFormPage(RehabDbContext db, ITenantContext tenant) : PageModel
{
    public static readonly IReadOnlyList<string> Fields =
    [
        "clinicId", "title", "primaryPolicyId", "secondaryPolicyId", "placeOfService", "assignedTherapistId", "diagnoses",
        "authorizedVisits", "authorizationStart", "authorizationEnd", "authorizationNumber",
        "referringPhysicianId", "marketingSourceId", "referralReceived", "referralDiagnoses",
    ];

    /// <summary>Where the form shows the errors the case's rules name by their API paths.</summary>
    private static readonly IReadOnlyDictionary<string, string> FieldFor = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["treatingDiagnosisCodes"] = "diagnoses",
        ["authorization"] = "authorizedVisits",
        ["authorization.visits"] = "authorizedVisits",
        ["authorization.startDate"] = "authorizationStart",
        ["authorization.endDate"] = "authorizationEnd",
        ["authorization.number"] = "authorizationNumber",
        ["referralId"] = "referringPhysicianId",
        ["referral.referringPhysicianId"] = "referringPhysicianId",
        ["referral.marketingSourceId"] = "marketingSourceId",
        ["referral.receivedDate"] = "referralReceived",
        ["referral.diagnosisCodes"] = "referralDiagnoses",
    };

    protected RehabDbContext Db { get; } = db;
    protected ITenantContext Tenant { get; } = tenant;

    [BindProperty] public CaseForm Input { get; set; } = new();
    [TempData] public string? Notice { get; set; }
    public FormErrors Errors { get; } = new();
    public Patient Patient { get; protected set; } = null!;
    public IReadOnlyList<FieldOption> Clinics { get; private set; } = [];
    public IReadOnlyList<FieldOption> Policies { get; private set; } = [];
    public IReadOnlyList<FieldOption> Therapists { get; private set; } = [];
    public IReadOnlyList<FieldOption> Physicians { get; private set; } = [];
    public IReadOnlyList<FieldOption> MarketingSources { get; private set; } = [];
    public string PlaceOfServiceHint { get; private set; } = "";

    /// <summary>A new case records its referral here; a change keeps the referral recorded.</summary>
    public abstract bool RecordsReferral { get; }
    public abstract string SubmitText { get; }
    public abstract string CancelUrl { get; }

    protected async Task LoadChoicesAsync(CancellationToken ct)
    {
        var clinics = await ClinicChoices.VisibleAsync(Db, Tenant, ct);
        Clinics = clinics.Where(c => c.IsActive || c.Id == Input.ClinicId).Select(c => new FieldOption(c.Id.ToString(), c.Name)).ToList();
        Policies = [new("", "None"), .. (await PolicyResponses.OfPatientAsync(Db, Patient.Id, ct))
            .Select(p => new FieldOption(p.Id.ToString(), $"{p.PayerName} — {p.MemberId} ({p.Priority})"))];
        var therapistTypes = Enum.GetValues<UserType>().Where(t => t.IsTherapist()).ToList();
        Therapists = [new("", "Choose a therapist"), .. await Db.Users.AsNoTracking().VisibleTo(Db, Tenant)
            .Where(u => therapistTypes.Contains(u.UserType) && (u.IsActive || u.Id == Input.AssignedTherapistId))
            .OrderBy(u => u.DisplayName).Select(u => new FieldOption(u.Id.ToString(), u.DisplayName + " (" + u.UserType + ")")).ToListAsync(ct)];
        if (RecordsReferral)
        {
            Physicians = [new("", "None"), .. await Db.ReferringPhysicians.AsNoTracking().OrderBy(p => p.LastName).ThenBy(p => p.FirstName)
                .Select(p => new FieldOption(p.Id.ToString(), p.LastName + ", " + p.FirstName + " (NPI " + p.Npi + ")")).ToListAsync(ct)];
            MarketingSources = [new("", "None"), .. await Db.MarketingSources.AsNoTracking().OrderBy(m => m.Name)
                .Select(m => new FieldOption(m.Id.ToString(), m.Name)).ToListAsync(ct)];
        }
        if (Input.ClinicId is { } clinicId && clinics.FirstOrDefault(c => c.Id == clinicId) is { } clinic)
        {
            var settings = await SettingsStore.ClinicAsync(Db, clinicId, ct);
            var pos = PlaceOfService.TryParse(settings.DefaultPlaceOfService, out var code) ? code.ToString() : settings.DefaultPlaceOfService;
            PlaceOfServiceHint = $"Blank for {clinic.Name}'s default, {pos}. " +
                                 (settings.AllowPlaceOfServiceChange ? "The clinic lets users change it." : "The clinic does not let users change it.") +
                                 (settings.RequireReferral ? " The clinic requires a referral for every new case." : "");
        }
    }

    /// <summary>Saves the form; on success redirects to the case page, otherwise shows the form with its errors.</summary>
    protected async Task<IActionResult> SaveAsync(Func<CaseInput, Task<ClinicalSave<Case>>> save, CancellationToken ct)
    {
        var input = Input.ToInput(Errors);
        if (!Errors.Any)
        {
            var result = await save(input);
            if (result.IsNotFound)
                return NotFound();
            if (result.Saved is { } saved)
            {
                Notice = $"Case {saved.Title} saved.";
                return Redirect($"/Cases/{saved.Id}");
            }
            FormValues.AddAll(Errors, result.FieldErrors, FieldFor);
        }
        await LoadChoicesAsync(ct);
        return Page();
    }
}
