using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Organization;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Organization;
using Rehab.Data.Tenancy;

namespace Rehab.Web.Organization;

public static class ClinicEndpoints
{
    public static void MapClinicEndpoints(this RouteGroupBuilder api)
    {
        var clinics = api.MapGroup("/clinics").WithTags("Clinics");
        clinics.MapGet("/", ListAsync).RequireAuthorization().WithSummary("The clinics you may see, by name");
        clinics.MapGet("/{id:guid}", GetAsync).RequireAuthorization().WithSummary("One clinic");
        clinics.MapPost("/", CreateAsync).RequireAuthorization(Permission.CompanyAdmin).WithSummary("Add a clinic");
        clinics.MapPut("/{id:guid}", UpdateAsync).RequireAuthorization(Permission.CompanyAdmin).WithSummary("Change a clinic");
    }

    private static async Task<Ok<List<ClinicResponse>>> ListAsync(RehabDbContext db, ITenantContext tenant, CancellationToken ct)
    {
        var rows = await db.Clinics.AsNoTracking().VisibleTo(tenant).OrderBy(c => c.Name).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(ClinicResponse.From).ToList());
    }

    private static async Task<Results<Ok<ClinicResponse>, ProblemHttpResult>> GetAsync(
        Guid id, RehabDbContext db, ITenantContext tenant, CancellationToken ct) =>
        await db.Clinics.AsNoTracking().VisibleTo(tenant).FirstOrDefaultAsync(c => c.Id == id, ct) is { } clinic
            ? TypedResults.Ok(ClinicResponse.From(clinic))
            : ClinicNotFound();

    private static async Task<Results<Created<ClinicResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        ClinicDetails request, RehabDbContext db, ITenantContext tenant, CancellationToken ct)
    {
        var errors = request.Validate();
        if (!errors.IsValid)
            return TypedResults.ValidationProblem(errors.ToDictionary());
        if (await ClinicNames.IsTakenAsync(db, request.Name!, null, ct))
            return NameConflict(request.Name!);

        var clinic = request.ToNewClinic(tenant.CompanyId!.Value);
        db.Clinics.Add(clinic);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/clinics/{clinic.Id}", ClinicResponse.From(clinic));
    }

    private static async Task<Results<Ok<ClinicResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, ClinicDetails request, RehabDbContext db, ITenantContext tenant, CancellationToken ct)
    {
        var clinic = await db.Clinics.VisibleTo(tenant).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (clinic is null)
            return ClinicNotFound();
        var errors = request.Validate();
        if (!errors.IsValid)
            return TypedResults.ValidationProblem(errors.ToDictionary());
        if (await ClinicNames.IsTakenAsync(db, request.Name!, id, ct))
            return NameConflict(request.Name!);

        request.ApplyTo(clinic);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ClinicResponse.From(clinic));
    }

    private static ProblemHttpResult ClinicNotFound() => Settings.SettingsNotFound.Clinic.ToProblem();

    private static ProblemHttpResult NameConflict(string name) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Clinic name already used",
            detail: "Another clinic of the company already has this name; clinic names must be unique.",
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = new Dictionary<string, string[]> { ["name"] = [$"A clinic named '{name.Trim()}' already exists."] },
            });
}
