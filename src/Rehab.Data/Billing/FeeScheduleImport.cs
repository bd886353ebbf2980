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
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.FeeScheduleAmounts.Where(f => years.Contains(f.Year)).ExecuteDeleteAsync(ct);
            db.FeeScheduleAmounts.AddRange(parsed.Entries.Select(e => FeeScheduleAmount.From(companyId, e)));
            await db.SaveChangesAsync(ct);
            await audit.RecordAsync(new AuditEvent(AuditAction.Import, "FeeSchedule", AuditOutcome.Success,
                Details: $"{parsed.Entries.Count} amounts for {string.Join(", ", years)} replaced the earlier ones"), ct);
            await tx.CommitAsync(ct);
        });
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
