using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Billing;

namespace Rehab.Web.Billing;

public static class FeeScheduleEndpoints
{
    public sealed record FeeScheduleSummary(int Year, string CarrierNumber, string LocalityNumber, string FacilityType, int Codes);

    public sealed record ImportResponse(int Imported, IReadOnlyList<int> Years);

    public static void MapFeeScheduleEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/billing/fee-schedule").WithTags("Billing");
        group.MapGet("/", SummaryAsync).RequireAuthorization()
            .WithSummary("Which years, localities and facility types of the Medicare fee schedule are imported");
        group.MapPut("/", ImportAsync).RequireAuthorization(Permission.CompanyAdmin)
            .Accepts<string>("text/csv")
            .WithMetadata(new RequestSizeLimitAttribute(CsvUpload.MaxFileBytes))
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
        using var file = await CsvUpload.ReadAsync(request, ct);
        if (file is null)
            return CsvUpload.NotCsv();
        var result = await import.ImportAsync(file, ct);
        return result.Succeeded
            ? TypedResults.Ok(new ImportResponse(result.Imported, result.Years))
            : CsvUpload.FileErrors(result.Errors.Select(e => e.ToString()));
    }

    private static string FacilityTypeName(Core.Billing.Threshold.FacilityType type) => Core.Billing.Threshold.FacilityTypes.Name(type);
}
