using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Patients;
using Rehab.Data.Tenancy;
using Rehab.Web.Audit;

namespace Rehab.Web.Patients;

public static class PatientEndpoints
{
    public static void MapPatientEndpoints(this RouteGroupBuilder api)
    {
        var patients = api.MapGroup("/patients").WithTags("Patients");
        patients.MapGet("/", ListAsync).RequireAuthorization(Permission.ViewPatients).WithMetadata(new AuditsReadsAttribute("Patient"))
            .WithSummary("Patients of your clinics, by name")
            .WithDescription("q: part of a name (every word must match), a date of birth (yyyy-MM-dd) or the beginning of a medical record number. " +
                             $"At most {PatientSearch.Limit} patients.");
        patients.MapGet("/{id:guid}", GetAsync).RequireAuthorization(Permission.ViewPatients).WithMetadata(new AuditsReadsAttribute("Patient"))
            .WithSummary("One patient");
        patients.MapPost("/", CreateAsync).RequireAuthorization(Permission.EditPatients)
            .WithSummary("Add a patient")
            .WithDescription("clinicId must be one of your clinics; the medical record number must be unique in the company (409 otherwise).");
        patients.MapPut("/{id:guid}", UpdateAsync).RequireAuthorization(Permission.EditPatients).WithSummary("Change a patient");
        patients.MapGet("/{patientId:guid}/policies", ListPoliciesAsync).RequireAuthorization(Permission.ViewPatients)
            .WithMetadata(new AuditsReadsAttribute("Policy")).WithTags("Policies").WithSummary("A patient's policies, primary first");
        patients.MapPost("/{patientId:guid}/policies", AddPolicyAsync).RequireAuthorization(Permission.EditPatients)
            .WithTags("Policies").WithSummary("Add a policy to a patient")
            .WithDescription("Medicare policies may carry other providers' therapy amounts per year (medicarePriorAmounts) for the KX threshold.");
        api.MapPut("/policies/{id:guid}", UpdatePolicyAsync).RequireAuthorization(Permission.EditPatients)
            .WithTags("Policies").WithSummary("Change a policy");
    }

    private static async Task<Results<Ok<List<PatientResponse>>, ValidationProblem>> ListAsync(
        string? q, HttpContext http, RehabDbContext db, ITenantContext tenant, CancellationToken ct)
    {
        var search = new PatientSearch(q);
        var errors = search.Validate();
        if (!errors.IsValid)
            return TypedResults.ValidationProblem(errors.ToDictionary());
        var found = await search.RunAsync(db, tenant, ct);
        http.AuditPatients(found.Select(p => p.Id));
        return TypedResults.Ok(found.Select(PatientResponse.From).ToList());
    }

    private static async Task<Results<Ok<PatientResponse>, ProblemHttpResult>> GetAsync(
        Guid id, HttpContext http, RehabDbContext db, ITenantContext tenant, CancellationToken ct)
    {
        var patient = await db.Patients.AsNoTracking().VisibleTo(db, tenant).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (patient is null)
            return ClinicalRefusal.NotFound("Patient").ToProblem();
        http.AuditPatient(patient.Id);
        return TypedResults.Ok(PatientResponse.From(patient));
    }

    private static Task<Results<Created<PatientResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        PatientInput request, PatientEditor editor, CancellationToken ct) =>
        editor.SaveAsync(null, request, ct).AnswerAsync(p => TypedResults.Created($"/api/v1/patients/{p.Id}", PatientResponse.From(p)));

    private static Task<Results<Ok<PatientResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, PatientInput request, PatientEditor editor, CancellationToken ct) =>
        editor.SaveAsync(id, request, ct).AnswerAsync(p => TypedResults.Ok(PatientResponse.From(p)));

    private static async Task<Results<Ok<List<PolicyResponse>>, ProblemHttpResult>> ListPoliciesAsync(
        Guid patientId, RehabDbContext db, ITenantContext tenant, CancellationToken ct)
    {
        if (!await db.Patients.VisibleTo(db, tenant).AnyAsync(p => p.Id == patientId, ct))
            return ClinicalRefusal.NotFound("Patient").ToProblem();
        return TypedResults.Ok(await PolicyResponses.OfPatientAsync(db, patientId, ct));
    }

    private static Task<Results<Created<PolicyResponse>, ValidationProblem, ProblemHttpResult>> AddPolicyAsync(
        Guid patientId, PolicyInput request, PolicyEditor editor, RehabDbContext db, CancellationToken ct) =>
        editor.AddAsync(patientId, request, ct)
            .AnswerAsync(async p => TypedResults.Created($"/api/v1/policies/{p.Id}", await PolicyResponses.OfAsync(db, p, ct)));

    private static Task<Results<Ok<PolicyResponse>, ValidationProblem, ProblemHttpResult>> UpdatePolicyAsync(
        Guid id, PolicyInput request, PolicyEditor editor, RehabDbContext db, CancellationToken ct) =>
        editor.ChangeAsync(id, request, ct).AnswerAsync(async p => TypedResults.Ok(await PolicyResponses.OfAsync(db, p, ct)));
}

public static class PolicyResponses
{
    /// <summary>A patient's policies with their payers, primary first, then by the date they took effect.</summary>
    public static async Task<List<PolicyResponse>> OfPatientAsync(RehabDbContext db, Guid patientId, CancellationToken ct)
    {
        var rows = await db.Policies.AsNoTracking().Where(p => p.PatientId == patientId)
            .Join(db.Payers, p => p.PayerId, payer => payer.Id, (p, payer) => new { Policy = p, Payer = payer })
            .ToListAsync(ct);
        return rows.Select(r => PolicyResponse.From(r.Policy, r.Payer))
            .OrderBy(r => r.Priority).ThenByDescending(r => r.EffectiveFrom ?? DateOnly.MinValue).ToList();
    }

    public static async Task<PolicyResponse> OfAsync(RehabDbContext db, Policy policy, CancellationToken ct) =>
        PolicyResponse.From(policy, await db.Payers.AsNoTracking().SingleAsync(p => p.Id == policy.PayerId, ct));
}
