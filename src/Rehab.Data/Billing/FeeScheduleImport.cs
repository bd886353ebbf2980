using Microsoft.EntityFrameworkCore;
using Rehab.Core.Audit;
using Rehab.Core.Billing.Threshold;
using Rehab.Data.Audit;

namespace Rehab.Data.Billing;

/// <summary>
/// Replaces the company's fee schedule for every year a file contains, all or nothing, and records the
/// import as one audit entry.
/// </summary>
public sealed class FeeScheduleImport(RehabDbContext db, AuditLog audit)
{
    public async Task<FeeScheduleImportResult> ImportAsync(TextReader file, CancellationToken ct)
    {
        var companyId = db.Tenant.CompanyId ?? throw new InvalidOperationException("A fee schedule is imported for a company.");
        var parsed = FeeScheduleCsv.Read(file);
        if (!parsed.Succeeded)
            return new FeeScheduleImportResult(0, [], parsed.Errors);

        var years = parsed.Entries.Select(e => e.Year).Distinct().Order().ToList();
        await ReferenceData.ReplaceAsync(db, audit, db.FeeScheduleAmounts.Where(f => years.Contains(f.Year)),
            parsed.Entries.Select(e => FeeScheduleAmount.From(companyId, e)),
            new AuditEvent(AuditAction.Import, "FeeSchedule", AuditOutcome.Success,
                Details: $"{parsed.Entries.Count} amounts for {string.Join(", ", years)} replaced the earlier ones"), ct);
        return new FeeScheduleImportResult(parsed.Entries.Count, years, []);
    }

    public async Task<FeeSchedule> LoadAsync(int year, CancellationToken ct)
    {
        var rows = await db.FeeScheduleAmounts.AsNoTracking().Where(f => f.Year == year).ToListAsync(ct);
        return new FeeSchedule(rows.Select(r => r.ToEntry()));
    }
}

public sealed record FeeScheduleImportResult(int Imported, IReadOnlyList<int> Years, IReadOnlyList<FeeScheduleCsvError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
