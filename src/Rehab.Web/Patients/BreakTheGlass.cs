using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Audit;
using Rehab.Core.Patients;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Audit;
using Rehab.Data.Patients;
using Rehab.Data.Tenancy;
using Rehab.Web.Hosting;

namespace Rehab.Web.Patients;

/// <summary>What a clinician sends to break the glass: the patient named exactly, and why.</summary>
public sealed record BreakTheGlassInput
{
    public string? MedicalRecordNumber { get; init; }
    public string? LastName { get; init; }
    public DateOnly? DateOfBirth { get; init; }
    [JsonConverter(typeof(JsonStringEnumConverter<EmergencyReason>))]
    public EmergencyReason? Category { get; init; }
    public string? Reason { get; init; }

    public EmergencyAccessRequest ToRequest() => new(MedicalRecordNumber, LastName, DateOfBirth, Category, Reason);
}

public sealed record EmergencyAccessResponse(
    Guid Id, Guid PatientId,
    [property: JsonConverter(typeof(JsonStringEnumConverter<EmergencyReason>))] EmergencyReason Category,
    string Reason, DateTimeOffset GrantedAt, DateTimeOffset ExpiresAt)
{
    public static EmergencyAccessResponse From(EmergencyAccessGrant g) =>
        new(g.Id, g.PatientId, g.Category, g.Reason, g.GrantedAt, g.ExpiresAt);
}

/// <summary>
/// Breaks the glass (ONC 170.315(d)(6)): a licensed clinician names one patient of the company exactly and says why;
/// the patient's chart opens to them, read-only, for <see cref="EmergencyAccess.Duration"/>. The patient is looked up
/// across the company but never listed: only an exact medical record number, or last name and date of birth, finds
/// them, so a search cannot tell anyone which patients other clinics treat. A lookup that finds nobody is audited too.
/// </summary>
public sealed class BreakTheGlass(
    RehabDbContext db, ITenantContext tenant, AuditLog audit, EmergencyAccessCache cache, TimeProvider clock)
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/emergency-access", PostAsync).RequireAuthorization(Permission.ViewPatients)
            .WithTags("Patients").WithSummary("Break the glass: read one patient's chart outside your clinics")
            .WithDescription("Name the patient by medicalRecordNumber, or lastName and dateOfBirth; category is one of "
                             + string.Join(", ", Enum.GetNames<EmergencyReason>())
                             + $"; reason at least {EmergencyAccess.ReasonMinLength} characters. Therapists and "
                             + "assistants only. The chart opens read-only for "
                             + $"{EmergencyAccess.Duration.TotalMinutes:0} minutes; every read carries the reason "
                             + "into the audit log.");

    private static Task<Results<Created<EmergencyAccessResponse>, ValidationProblem, ProblemHttpResult>> PostAsync(
        BreakTheGlassInput input, BreakTheGlass breakTheGlass, CancellationToken ct) =>
        breakTheGlass.GrantAsync(input.ToRequest(), ct).AnswerAsync(g =>
            TypedResults.Created($"/api/v1/patients/{g.PatientId}", EmergencyAccessResponse.From(g)));

    /// <summary>Null when the signed-in user may break the glass; otherwise why not.</summary>
    public async Task<string?> WhyNotAsync(CancellationToken ct)
    {
        var type = await db.Users.AsNoTracking().Where(u => u.Id == tenant.UserId && u.IsActive)
            .Select(u => (UserType?)u.UserType).FirstOrDefaultAsync(ct);
        return type is { } t ? EmergencyAccess.WhyNot(t) : "Only an active user of the company may break the glass.";
    }

    public async Task<ClinicalSave<EmergencyAccessGrant>> GrantAsync(
        EmergencyAccessRequest request, CancellationToken ct)
    {
        if (await WhyNotAsync(ct) is { } why)
            return ClinicalSave.Refused<EmergencyAccessGrant>(
                new(StatusCodes.Status403Forbidden, "You may not break the glass", why));
        var errors = EmergencyAccess.Validate(request);
        if (!errors.IsValid)
            return ClinicalSave.Invalid<EmergencyAccessGrant>(errors);

        var matches = await Matching(request).Select(p => p.Id).Take(2).ToListAsync(ct);
        if (matches.Count == 0)
        {
            // A probe for who is a patient is worth reviewing; 403 and 409 answers are recorded as refused writes.
            await audit.RecordAsync(new AuditEvent(AuditAction.Refused, nameof(EmergencyAccessGrant),
                AuditOutcome.Failure, Details: "No patient matched"), ct);
            return ClinicalSave.Refused<EmergencyAccessGrant>(new(StatusCodes.Status404NotFound, "Patient not found",
                "No patient of the company has exactly this medical record number, "
                + "or this last name and date of birth."));
        }
        if (matches.Count > 1)
            return ClinicalSave.Refused<EmergencyAccessGrant>(ClinicalRefusal.Conflict("More than one patient matches",
                "medicalRecordNumber",
                "More than one patient has this last name and date of birth: give the medical record number."));
        var patientId = matches[0];
        if (await db.Patients.VisibleTo(db, tenant).AnyAsync(p => p.Id == patientId, ct))
            return ClinicalSave.Refused<EmergencyAccessGrant>(ClinicalRefusal.Conflict("Already in your clinics",
                "medicalRecordNumber", "This patient is treated at one of your clinics: open their chart as usual."));

        var now = clock.GetUtcNow();
        var grant = new EmergencyAccessGrant
        {
            CompanyId = tenant.CompanyId!.Value, UserId = tenant.UserId!.Value, UserName = tenant.UserName ?? "",
            PatientId = patientId, Category = request.Category!.Value, Reason = request.Reason!.Trim(),
            GrantedAt = now, ExpiresAt = now + EmergencyAccess.Duration, ClinicId = tenant.CurrentClinicId,
        };
        db.EmergencyAccessGrants.Add(grant);
        await db.SaveChangesAsync(ct);
        cache.Forget(grant.UserId);
        return ClinicalSave.Done(grant);
    }

    // The company filter keeps other companies' patients out; clinic scoping is what breaking the glass lifts.
    private IQueryable<Patient> Matching(EmergencyAccessRequest request)
    {
        if (request.MedicalRecordNumber?.Trim() is { Length: > 0 } mrn)
        {
            var normalized = PatientDetails.NormalizeMedicalRecordNumber(mrn);
            return db.Patients.Where(p => p.MedicalRecordNumber == normalized);
        }
        var lastName = LikePatterns.Exactly(request.LastName!);
        return db.Patients.Where(p => p.DateOfBirth == request.DateOfBirth
                                      && EF.Functions.Like(p.LastName.ToLower(), lastName, LikePatterns.Escape));
    }
}
