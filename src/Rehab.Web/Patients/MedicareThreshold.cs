using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Billing.Threshold;
using Rehab.Core.Common;
using Rehab.Core.Patients;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Patients;
using Rehab.Data.Tenancy;
using Rehab.Web.Audit;
using Rehab.Web.Settings;

namespace Rehab.Web.Patients;

/// <summary>One bucket of the threshold as the chart and API show it.</summary>
public sealed record ThresholdBucketResponse(
    string Bucket, decimal PriorAmount, decimal BilledAmount, decimal Used, decimal KxThreshold, decimal Remaining, decimal Percent,
    decimal TargetedReview, decimal RemainingToTargetedReview, int NotPricedCount, string Alert, string Explanation);

public sealed record ThresholdAlertResponse(string Bucket, string Kind, string Message);

/// <summary>One finalized Medicare charge line, priced, and whether it needs KX.</summary>
public sealed record ThresholdLineResponse(DateOnly DateOfService, string Code, int Units, string Discipline, decimal? Allowed, decimal UsedThroughVisit, bool NeedsKx);

/// <summary>The patient's Medicare therapy threshold for one calendar year.</summary>
public sealed record MedicareThresholdResponse(
    int Year, string Locality, string FacilityType, IReadOnlyList<ThresholdBucketResponse> Buckets, IReadOnlyList<ThresholdAlertResponse> Alerts,
    IReadOnlyList<ThresholdLineResponse> Lines, string Caveat)
{
    public static MedicareThresholdResponse From(MedicareThresholdChart chart)
    {
        var e = chart.Estimate;
        return new(e.Year, e.Setting.Locality.ToString(), e.Setting.FacilityType.Name(),
            [.. e.Buckets.Select(b => new ThresholdBucketResponse(b.Bucket.ToString(), b.PriorAmount, b.BilledAmount, b.Used, b.KxThreshold, b.Remaining,
                b.PercentOfThreshold, b.TargetedReview, b.RemainingToTargetedReview, b.NotPricedCount, b.Alert.ToString(), b.Explanation))],
            [.. chart.Alerts.Select(a => new ThresholdAlertResponse(a.Bucket.ToString(), a.Kind.ToString(), a.Message))],
            [.. chart.Lines.Select(l => new ThresholdLineResponse(l.Service.DateOfService, l.Service.Code.Value, l.Service.Units,
                l.Service.Discipline.ToString(), l.Allowed, l.UsedThroughVisit, l.NeedsKx))],
            e.Caveat);
    }
}

/// <summary>
/// The Medicare therapy threshold of a patient for a calendar year (<see cref="MedicareHistory"/>), with the alerts and
/// the fee-schedule setting of the patient's clinic; services of the patient's other clinics are priced at theirs.
/// </summary>
public static class MedicareThreshold
{
    /// <summary>The chart's threshold, or why there is none (no fee-schedule locality: conflict; no threshold for the year).</summary>
    public static async Task<Decision<MedicareThresholdChart>> ForAsync(RehabDbContext db, Patient patient, int year, CancellationToken ct)
    {
        var clinic = await SettingsStore.ClinicAsync(db, patient.ClinicId, ct);
        var history = await MedicareHistory.LoadAsync(db, patient.Id, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), clinic.MedicareFeeSchedule, ct);
        return MedicareThresholdChart.For(year, clinic, history.FeeSchedule, history.Services, history.PriorAmounts);
    }

    public static void MapMedicareThreshold(this RouteGroupBuilder api)
    {
        api.MapGet("/patients/{id:guid}/medicare-threshold", GetAsync).RequireAuthorization(Permission.ViewPatients)
            .WithMetadata(new AuditsReadsAttribute("Patient")).WithTags("Patients")
            .WithSummary("How close the patient is to the year's Medicare therapy thresholds: used, remaining and percent for PT+SLP and OT, alerts, KX per line")
            .WithDescription("year defaults to this year at the patient's clinic. Finalized charges of the patient's Medicare cases are priced with the " +
                             "fee schedule of the clinic that provided them (the patient's clinic's, Clinic Settings, Medicare Fee Schedule; 409 when it is not chosen); prior " +
                             "providers' amounts come from the patient's Medicare policies. Amounts are per calendar year.");
    }

    private static async Task<Results<Ok<MedicareThresholdResponse>, ProblemHttpResult>> GetAsync(
        Guid id, int? year, HttpContext http, RehabDbContext db, ITenantContext tenant, TimeProvider clock, CancellationToken ct)
    {
        var patient = await db.Patients.AsNoTracking().VisibleTo(db, tenant).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (patient is null)
            return ClinicalRefusal.NotFound("Patient").ToProblem();
        http.AuditPatient(patient.Id);
        var chosen = year ?? (await Organization.ClinicDates.TodayAsync(db, patient.ClinicId, clock, ct)).Year;
        if (chosen is < 1900 or > 9999)
            return new ClinicalRefusal(StatusCodes.Status400BadRequest, "Invalid year", "The year must be a calendar year, such as 2026.").ToProblem();
        var decision = await ForAsync(db, patient, chosen, ct);
        if (decision.Value is { } chart)
            return TypedResults.Ok(MedicareThresholdResponse.From(chart));
        var problems = decision.Problems;
        var status = decision.Kind == ProblemKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return new ClinicalRefusal(status, "No Medicare threshold estimate", problems[0].Message, decision.ToDictionary()).ToProblem();
    }
}
