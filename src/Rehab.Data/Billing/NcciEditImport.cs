using Microsoft.EntityFrameworkCore;
using Rehab.Core.Audit;
using Rehab.Core.Billing.Modifiers;
using Rehab.Data.Audit;

namespace Rehab.Data.Billing;

/// <summary>
/// Replaces the company's NCCI edit table with CMS's quarterly practitioner PTP file, all or nothing, and
/// gives the table the billing engine uses: the imported one, or the built-in seed edits before any import.
/// </summary>
public sealed class NcciEditImport(RehabDbContext db, AuditLog audit)
{
    public async Task<NcciImportResult> ImportAsync(TextReader file, CancellationToken ct)
    {
        var companyId = db.Tenant.CompanyId ?? throw new InvalidOperationException("An edit table is imported for a company.");
        IReadOnlyList<NcciEdit> edits;
        try
        {
            edits = NcciCsv.Parse(file);
        }
        catch (NcciCsvException e)
        {
            return new NcciImportResult(0, e.Message);
        }

        await ReferenceData.ReplaceAsync(db, audit, db.NcciEdits, edits.Select(e => NcciEditRow.From(companyId, e)),
            new AuditEvent(AuditAction.Import, "NcciEdits", AuditOutcome.Success,
                Details: $"{edits.Count} edits replaced the company's edit table"), ct);
        return new NcciImportResult(edits.Count, null);
    }

    public async Task<NcciEditTable> TableAsync(CancellationToken ct)
    {
        var rows = await db.NcciEdits.AsNoTracking().ToListAsync(ct);
        return rows.Count == 0 ? NcciEditTable.Seed : new NcciEditTable(rows.Select(r => r.ToEdit()));
    }

    /// <summary>The edits pairing two of these codes: all a note billing them needs, without reading the whole table.</summary>
    public async Task<NcciEditTable> TableForAsync(IReadOnlyCollection<string> codes, CancellationToken ct)
    {
        if (!await db.NcciEdits.AnyAsync(ct))
            return NcciEditTable.Seed;
        var rows = await db.NcciEdits.AsNoTracking().Where(r => codes.Contains(r.Column1) && codes.Contains(r.Column2)).ToListAsync(ct);
        return new NcciEditTable(rows.Select(r => r.ToEdit()));
    }
}

public sealed record NcciImportResult(int Imported, string? Error)
{
    public bool Succeeded => Error is null;
}
