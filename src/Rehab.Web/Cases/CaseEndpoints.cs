using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Cases;
using Rehab.Data.Patients;
using Rehab.Data.Tenancy;
using Rehab.Web.Audit;
using Rehab.Web.Patients;

namespace Rehab.Web.Cases;

public static class CaseEndpoints
{
    public static void MapCaseEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/patients/{patientId:guid}/cases", ListAsync).RequireAuthorization(Permission.ViewPatients)
            .WithMetadata(new AuditsReadsAttribute("Case")).WithTags("Cases")
            .WithSummary("A patient's cases at your clinics, newest first, with status and visit counters");
        api.MapPost("/patients/{patientId:guid}/cases", OpenAsync).RequireAuthorization(Permission.EditPatients).WithTags("Cases")
            .WithSummary("Open a case for a patient")
            .WithDescription("Policies must be the patient's; placeOfService defaults to the clinic's; assignedTherapistId defaults to you when you " +
                             "are a PT, OT or SLP. Record a new referral with referral {referringPhysicianId or marketingSourceId, receivedDate, " +
                             "diagnosisCodes}; a clinic that requires referrals refuses a case without one, naming the setting.");
        api.MapGet("/cases/{id:guid}", GetAsync).RequireAuthorization(Permission.ViewPatients)
            .WithMetadata(new AuditsReadsAttribute("Case")).WithTags("Cases").WithSummary("One case, with status and visit counters");
        api.MapPut("/cases/{id:guid}", UpdateAsync).RequireAuthorization(Permission.EditPatients).WithTags("Cases")
            .WithSummary("Change a case")
            .WithDescription("Send the version you read; when someone saved the case since, the answer is 409 naming who, when and which fields.");
    }

    private static async Task<Results<Ok<List<CaseResponse>>, ProblemHttpResult>> ListAsync(
        Guid patientId, RehabDbContext db, ITenantContext tenant, CancellationToken ct)
    {
        if (!await db.Patients.VisibleTo(db, tenant).AnyAsync(p => p.Id == patientId, ct))
            return ClinicalRefusal.NotFound("Patient").ToProblem();
        return TypedResults.Ok((await CaseRecords.OfPatientAsync(db, tenant, patientId, ct)).Select(CaseResponse.From).ToList());
    }

    private static async Task<Results<Ok<CaseResponse>, ProblemHttpResult>> GetAsync(
        Guid id, HttpContext http, RehabDbContext db, ITenantContext tenant, CancellationToken ct)
    {
        var record = await CaseRecords.FindAsync(db, tenant, id, ct);
        if (record is null)
            return ClinicalRefusal.NotFound("Case").ToProblem();
        http.AuditPatient(record.Case.PatientId);
        return TypedResults.Ok(CaseResponse.From(record));
    }

    private static Task<Results<Created<CaseResponse>, ValidationProblem, ProblemHttpResult>> OpenAsync(
        Guid patientId, CaseInput request, CaseEditor editor, RehabDbContext db, ITenantContext tenant, CancellationToken ct) =>
        editor.OpenAsync(patientId, request, ct)
            .AnswerAsync(async c => TypedResults.Created($"/api/v1/cases/{c.Id}", await ResponseAsync(db, tenant, c, ct)));

    private static Task<Results<Ok<CaseResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, CaseInput request, CaseEditor editor, RehabDbContext db, ITenantContext tenant, CancellationToken ct) =>
        editor.ChangeAsync(id, request, ct).AnswerAsync(async c => TypedResults.Ok(await ResponseAsync(db, tenant, c, ct)));

    private static async Task<CaseResponse> ResponseAsync(RehabDbContext db, ITenantContext tenant, Case saved, CancellationToken ct) =>
        CaseResponse.From((await CaseRecords.LoadAsync(db, tenant, [saved], ct)).Single());
}
