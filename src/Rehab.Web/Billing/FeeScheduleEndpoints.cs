using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Billing;

namespace Rehab.Web.Billing;

public static class FeeScheduleEndpoints
{
    /// <summary>A fee-schedule file may be larger than other requests: therapy codes for every locality.</summary>
    public const long MaxFileBytes = 20 * 1024 * 1024;

    public sealed record FeeScheduleSummary(int Year, string CarrierNumber, string LocalityNumber, string FacilityType, int Codes);

    public sealed record ImportResponse(int Imported, IReadOnlyList<int> Years);

    public static void MapFeeScheduleEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/billing/fee-schedule").WithTags("Billing");
        group.MapGet("/", SummaryAsync).RequireAuthorization()
            .WithSummary("Which years, localities and facility types of the Medicare fee schedule are imported");
        group.MapPut("/", ImportAsync).RequireAuthorization(Permission.CompanyAdmin)
            .Accepts<string>("text/csv")
            .WithMetadata(new RequestSizeLimitAttribute(MaxFileBytes))
            .WithSummary("Import a Medicare fee-schedule CSV file")
            .WithDescription("Columns: year, code, carrier_number, locality, facility_type (non-institutional | institutional), " +
                             "allowed_amount; note is optional. Replaces the amounts of every year the file contains; a file with " +
                             "any bad row changes nothing and the answer lists each bad line and column.");
    }

    private static async Task<Ok<List<FeeScheduleSummary>>> SummaryAsync(RehabDbContext db, CancellationToken ct)
    {
        var rows = await db.FeeScheduleAmounts.AsNoTracking()
            .GroupBy(f => new { f.Year, f.CarrierNumber, f.LocalityNumber, f.FacilityType })
            .Select(g => new { g.Key.Year, g.Key.CarrierNumber, g.Key.LocalityNumber, g.Key.FacilityType, Codes = g.Count() })
            .ToListAsync(ct);
        return TypedResults.Ok(rows
            .OrderByDescending(r => r.Year).ThenBy(r => r.CarrierNumber).ThenBy(r => r.LocalityNumber).ThenBy(r => r.FacilityType)
            .Select(r => new FeeScheduleSummary(r.Year, r.CarrierNumber, r.LocalityNumber, FacilityTypeName(r.FacilityType), r.Codes))
            .ToList());
    }

    private static async Task<Results<Ok<ImportResponse>, ProblemHttpResult>> ImportAsync(
        HttpRequest request, FeeScheduleImport import, CancellationToken ct)
    {
        if (request.ContentType?.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) != true)
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send a CSV file",
                detail: "The body must be the fee-schedule file itself, sent with Content-Type: text/csv.");
        // The CSV reader reads synchronously; the file is bounded by the size limit, so it is read into memory first.
        using var file = new MemoryStream();
        await request.Body.CopyToAsync(file, ct);
        file.Position = 0;
        using var reader = new StreamReader(file);
        var result = await import.ImportAsync(reader, ct);
        return result.Succeeded
            ? TypedResults.Ok(new ImportResponse(result.Imported, result.Years))
            : TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The fee-schedule file has errors",
                detail: "Nothing was imported. Correct the lines below and import the whole file again.",
                extensions: new Dictionary<string, object?>
                {
                    ["errors"] = new Dictionary<string, string[]> { ["file"] = result.Errors.Select(e => e.ToString()).ToArray() },
                });
    }

    private static string FacilityTypeName(Core.Billing.Threshold.FacilityType type) => Core.Billing.Threshold.FacilityTypes.Name(type);
}
