using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Settings;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Patients;
using Rehab.Data.Tenancy;
using Rehab.Web.Audit;
using Rehab.Web.Cases;
using Rehab.Web.Organization;
using Rehab.Web.Pages.Shared;
using Rehab.Web.Patients;

namespace Rehab.Web.Pages.Patients;

/// <summary>
/// The patient chart: demographics, alerts (with each active case's progress-note rhythm and plan of care), outcomes,
/// policies (with the add form), cases with their visit counters, plan-of-care dates and notes.
/// </summary>
[AuditsReads("Patient")]
public sealed class ChartModel(
    RehabDbContext db, ITenantContext tenant, IAuthorizationService authorization, PolicyEditor policyEditor, TimeProvider clock) : PageModel
{
    [FromRoute] public Guid Id { get; set; }
    /// <summary>The calendar year of the Medicare threshold; this year at the clinic when not given.</summary>
    [FromQuery(Name = "thresholdYear")] public int? ThresholdYear { get; set; }
    [BindProperty] public PolicyForm Policy { get; set; } = new();
    [TempData] public string? Notice { get; set; }
    public FormErrors PolicyErrors { get; } = new();

    public Patient Patient { get; private set; } = null!;
    public string ClinicName { get; private set; } = "";
    public DateOnly Today { get; private set; }
    public IReadOnlyList<PolicyResponse> Policies { get; private set; } = [];
    public IReadOnlyList<CaseCare> Cases { get; private set; } = [];
    public IReadOnlyList<(CaseRecord Case, string Message)> Alerts { get; private set; } = [];
    /// <summary>The patient's scores per instrument over time, with the change since intake.</summary>
    public IReadOnlyList<Web.Outcomes.InstrumentOutcome> Outcomes { get; private set; } = [];
    public IReadOnlyList<FieldOption> Payers { get; private set; } = [];
    public bool CanEdit { get; private set; }
    /// <summary>The user's emergency access this chart is open under, if it is outside their clinics.</summary>
    public EmergencyAccessBanner? Emergency { get; private set; }
    /// <summary>This year's Medicare therapy threshold, when the patient has a Medicare policy and the clinic prices it.</summary>
    public MedicareThresholdResponse? Threshold { get; private set; }
    /// <summary>Why a patient with a Medicare policy has no threshold estimate.</summary>
    public string? ThresholdProblem { get; private set; }

    public int Age => Today.Year - Patient.DateOfBirth.Year - (Today < Patient.DateOfBirth.AddYears(Today.Year - Patient.DateOfBirth.Year) ? 1 : 0);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddPolicyAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Permission.EditPatients)).Succeeded)
            return Forbid();
        var input = Policy.ToInput(PolicyErrors);
        if (!PolicyErrors.Any)
        {
            var result = await policyEditor.AddAsync(Id, input, ct);
            if (result.IsNotFound)
                return NotFound();
            if (result.Saved is not null)
            {
                Notice = "Policy added.";
                return Redirect($"/Patients/{Id}");
            }
            FormValues.AddAll(PolicyErrors, result.FieldErrors, PolicyForm.FieldFor);
        }
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var patient = await db.Patients.AsNoTracking().VisibleTo(db, tenant).FirstOrDefaultAsync(p => p.Id == Id, ct);
        if (patient is null)
            return false;
        HttpContext.AuditPatient(patient.Id);
        Patient = patient;
        ClinicName = await db.Clinics.Where(c => c.Id == patient.ClinicId).Select(c => c.Name).FirstOrDefaultAsync(ct) ?? "";
        Today = await ClinicDates.TodayAsync(db, patient.ClinicId, clock, ct);
        Policies = await PolicyResponses.OfPatientAsync(db, patient.Id, ct);
        Cases = await CaseCares.LoadAsync(db, tenant, await CaseRecords.OfPatientAsync(db, tenant, patient.Id, ct), clock, ct);
        Alerts = Cases.SelectMany(c => c.Alerts(Policies, Today).Select(m => (c.Record, m))).ToList();
        Outcomes = (await Web.Outcomes.Surveys.PatientOutcomesAsync(patient.Id, HttpContext, db, tenant, ct)).Value?.Instruments ?? [];
        if (Policies.Any(p => p.PayerType.IsMedicare()))
        {
            var threshold = await MedicareThreshold.ForAsync(db, patient, ThresholdYear is >= 2000 and <= 9999 ? ThresholdYear.Value : Today.Year, ct);
            Threshold = threshold.Value is { } chart ? MedicareThresholdResponse.From(chart) : null;
            ThresholdProblem = threshold.IsAllowed ? null : threshold.Problems[0].Message;
        }
        Emergency = EmergencyAccessBanner.For(HttpContext, patient.Id, clock);
        CanEdit = Emergency is null && (await authorization.AuthorizeAsync(User, Permission.EditPatients)).Succeeded;
        if (CanEdit)
            Payers = [new("", "Choose a payer"), .. await db.Payers.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.Name)
                .Select(p => new FieldOption(p.Id.ToString(), p.Name)).ToListAsync(ct)];
        return true;
    }
}
