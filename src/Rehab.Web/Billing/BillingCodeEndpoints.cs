using Microsoft.AspNetCore.Http.HttpResults;
using Rehab.Core.Billing;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Billing;

namespace Rehab.Web.Billing;

public static class BillingCodeEndpoints
{
    public sealed record BillingCodeResponse(
        string Code, string Descriptor, IReadOnlyList<Discipline> Disciplines, bool IsTimed, int? UnitMinutes,
        bool IsEvaluation, string? AddOnTo, string? MedicareReplacement, bool MedicareBundled, bool IsCustom,
        bool OncePerDay)
    {
        public static BillingCodeResponse From(BillingCode c) => new(c.Code.Value, c.Descriptor, c.Disciplines, c.IsTimed,
            c.UnitMinutes, c.IsEvaluation, c.AddOnTo?.Value, c.MedicareReplacement?.Value, c.MedicareBundled,
            c.IsCustom, c.OncePerDay);
    }

    public static void MapBillingCodeEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/billing/codes").WithTags("Billing");
        group.MapGet("/", ListAsync).RequireAuthorization()
            .WithSummary("The CPT/HCPCS codes notes may bill: the standard list and the company's own")
            .WithDescription("userType=PT (or PTA, OT, …) lists only the codes that type bills; mine=true those the signed-in user bills. " +
                             "Front office and billing staff bill none.");
        group.MapPost("/", AddAsync).RequireAuthorization(Permission.CompanyAdmin)
            .WithSummary("Add a custom code, timed (15 or 30 minutes a unit) or untimed (one unit a day)");
    }

    private static async Task<Results<Ok<List<BillingCodeResponse>>, ValidationProblem>> ListAsync(
        string? userType, bool? mine, CompanyCodes codes, RehabDbContext db, CancellationToken ct)
    {
        UserType? type = null;
        if (mine == true)
            type = await db.Users.Where(u => u.Id == db.Tenant.UserId).Select(u => (UserType?)u.UserType).SingleOrDefaultAsync(ct);
        else if (!string.IsNullOrWhiteSpace(userType))
        {
            if (!Enum.TryParse<UserType>(userType, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
                return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["userType"] = [$"User type must be one of {string.Join(", ", Enum.GetNames<UserType>())}."],
                });
            type = parsed;
        }
        var catalog = await codes.CatalogAsync(ct);
        var list = type is { } t ? catalog.BillableBy(t) : catalog.Codes;
        return TypedResults.Ok(list.OrderBy(c => c.Code.Value, StringComparer.Ordinal).Select(BillingCodeResponse.From).ToList());
    }

    private static async Task<Results<Created<BillingCodeResponse>, ValidationProblem, ProblemHttpResult>> AddAsync(
        CustomCodeDetails request, RehabDbContext db, CompanyCodes codes, CancellationToken ct)
    {
        var errors = request.Validate();
        if (!errors.IsValid)
            return TypedResults.ValidationProblem(errors.ToDictionary());
        var code = request.ToBillingCode();
        var catalog = await codes.CatalogAsync(ct);
        if (code.AddOnTo is { } primary && !catalog.Contains(primary))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["addOnTo"] =
                [
                    $"An add-on is billed with its primary code, and {primary} is not on the company's list.",
                ],
            });
        if (catalog.Contains(code.Code))
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Code already listed",
                detail: $"The company already has a custom code {code.Code}.",
                extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["code"] = [$"{code.Code} is already on the company's list."] } });

        db.CustomBillingCodes.Add(CustomBillingCode.From(db.Tenant.CompanyId!.Value, request));
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/billing/codes", BillingCodeResponse.From(code));
    }
}
