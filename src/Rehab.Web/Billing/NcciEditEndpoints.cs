using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Rehab.Core.Billing;
using Rehab.Core.Users;
using Rehab.Data;
using Microsoft.EntityFrameworkCore;
using Rehab.Data.Billing;

namespace Rehab.Web.Billing;

public static class NcciEditEndpoints
{
    public sealed record NcciEditResponse(string Column1, string Column2, int ModifierIndicator, DateOnly EffectiveDate, DateOnly? DeletionDate, string? Rationale);

    public sealed record NcciTableResponse(string Source, int Count, IReadOnlyList<NcciEditResponse> Edits);

    public static void MapNcciEditEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/billing/ncci-edits").WithTags("Billing");
        group.MapGet("/", GetAsync).RequireAuthorization()
            .WithSummary("The NCCI procedure-to-procedure edits billing applies")
            .WithDescription("source is 'built-in' until the company imports CMS's file, then 'imported'. " +
                             "Give code to list only the edits naming that code.");
        group.MapPut("/", ImportAsync).RequireAuthorization(Permission.CompanyAdmin)
            .Accepts<string>("text/csv")
            .WithMetadata(new RequestSizeLimitAttribute(CsvUpload.MaxFileBytes))
            .WithSummary("Replace the edit table with CMS's quarterly practitioner PTP file (CSV)")
            .WithDescription("Columns as CMS publishes them: Column 1, Column 2, Effective Date, Deletion Date, Modifier " +
                             "(0, 1 or 9), PTP Edit Rationale. A file with any bad row changes nothing.");
    }

    private static async Task<Results<Ok<NcciTableResponse>, ValidationProblem>> GetAsync(
        string? code, NcciEditImport edits, RehabDbContext db, CancellationToken ct)
    {
        ProcedureCode? filter = null;
        if (!string.IsNullOrWhiteSpace(code))
        {
            if (!ProcedureCode.TryParse(code, out var parsed))
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["code"] = ["Code must be a CPT or HCPCS code such as 97140."] });
            filter = parsed;
        }
        var imported = await db.NcciEdits.AnyAsync(ct);
        var table = await edits.TableAsync(ct);
        var rows = table.Edits.Where(e => filter is null || e.Column1 == filter || e.Column2 == filter)
            .OrderBy(e => e.Column1.Value, StringComparer.Ordinal).ThenBy(e => e.Column2.Value, StringComparer.Ordinal)
            .Select(e => new NcciEditResponse(e.Column1.Value, e.Column2.Value, (int)e.ModifierIndicator, e.EffectiveDate, e.DeletionDate, e.Rationale))
            .ToList();
        return TypedResults.Ok(new NcciTableResponse(imported ? "imported" : "built-in", rows.Count, rows));
    }

    private static async Task<Results<Ok<NcciImportResponse>, ProblemHttpResult>> ImportAsync(
        HttpRequest request, NcciEditImport import, CancellationToken ct)
    {
        using var file = await CsvUpload.ReadAsync(request, ct);
        if (file is null)
            return CsvUpload.NotCsv();
        var result = await import.ImportAsync(file, ct);
        return result.Succeeded
            ? TypedResults.Ok(new NcciImportResponse(result.Imported))
            : CsvUpload.FileErrors([result.Error!]);
    }

    public sealed record NcciImportResponse(int Imported);
}
