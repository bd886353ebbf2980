using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Organization;
using Rehab.Core.Users;
using Rehab.Data;

namespace Rehab.Web.Organization;

public static class CompanyEndpoints
{
    public static void MapCompanyEndpoints(this RouteGroupBuilder api)
    {
        var company = api.MapGroup("/company").WithTags("Company");
        company.MapGet("/", GetAsync).RequireAuthorization().WithSummary("Your company");
        company.MapPut("/", UpdateAsync).RequireAuthorization(Permission.CompanyAdmin).WithSummary("Change your company's details");
    }

    private static async Task<Results<Ok<CompanyResponse>, NotFound>> GetAsync(RehabDbContext db, CancellationToken ct) =>
        await db.Companies.AsNoTracking().SingleOrDefaultAsync(ct) is { } company
            ? TypedResults.Ok(CompanyResponse.From(company))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<CompanyResponse>, ValidationProblem, NotFound>> UpdateAsync(
        CompanyDetails request, RehabDbContext db, CancellationToken ct)
    {
        var company = await db.Companies.SingleOrDefaultAsync(ct);
        if (company is null)
            return TypedResults.NotFound();
        var errors = request.Validate();
        if (!errors.IsValid)
            return TypedResults.ValidationProblem(errors.ToDictionary());
        request.ApplyTo(company);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(CompanyResponse.From(company));
    }
}
