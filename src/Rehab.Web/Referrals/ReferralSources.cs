using Microsoft.EntityFrameworkCore;
using Rehab.Core.Referrals;
using Rehab.Data;
using Rehab.Data.Referrals;
using Rehab.Data.Tenancy;
using Rehab.Web.Hosting;
using Rehab.Web.Patients;

namespace Rehab.Web.Referrals;

public sealed record ReferringPhysicianResponse(Guid Id, string FirstName, string LastName, string Npi, string? Phone, string? Fax)
{
    public static ReferringPhysicianResponse From(ReferringPhysician p) => new(p.Id, p.FirstName, p.LastName, p.Npi, p.Phone, p.Fax);
}

public sealed record MarketingSourceResponse(Guid Id, string Name)
{
    public static MarketingSourceResponse From(MarketingSource m) => new(m.Id, m.Name);
}

/// <summary>
/// The company's lists of where patients come from: referring physicians (one per NPI) and marketing sources (one
/// per name). Used by the API and the pages alike.
/// </summary>
public sealed class ReferralSources(RehabDbContext db, ITenantContext tenant)
{
    public Task<List<ReferringPhysician>> PhysiciansAsync(CancellationToken ct) =>
        db.ReferringPhysicians.AsNoTracking().OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ToListAsync(ct);

    public Task<List<MarketingSource>> MarketingSourcesAsync(CancellationToken ct) =>
        db.MarketingSources.AsNoTracking().OrderBy(m => m.Name).ToListAsync(ct);

    public async Task<ClinicalSave<ReferringPhysician>> AddPhysicianAsync(ReferringPhysicianDetails details, CancellationToken ct)
    {
        var errors = details.Validate();
        if (!errors.IsValid)
            return ClinicalSave.Invalid<ReferringPhysician>(errors);
        var physician = new ReferringPhysician { CompanyId = tenant.CompanyId!.Value, FirstName = "", LastName = "", Npi = "" };
        physician.Apply(details);
        var taken = await db.ReferringPhysicians.AsNoTracking().FirstOrDefaultAsync(p => p.Npi == physician.Npi, ct);
        if (taken is not null)
            return ClinicalSave.Refused<ReferringPhysician>(NpiTaken(taken));
        db.ReferringPhysicians.Add(physician);
        return await SaveAsync(physician, async () => NpiTaken(await db.ReferringPhysicians.AsNoTracking().FirstAsync(p => p.Npi == physician.Npi, ct)), ct);
    }

    public async Task<ClinicalSave<MarketingSource>> AddMarketingSourceAsync(MarketingSourceDetails details, CancellationToken ct)
    {
        var errors = details.Validate();
        if (!errors.IsValid)
            return ClinicalSave.Invalid<MarketingSource>(errors);
        var name = details.Name!.Trim();
        var exactly = LikePatterns.Exactly(name);
        if (await db.MarketingSources.AnyAsync(m => EF.Functions.Like(m.Name.ToLower(), exactly, LikePatterns.Escape), ct))
            return ClinicalSave.Refused<MarketingSource>(NameTaken(name));
        var source = new MarketingSource { CompanyId = tenant.CompanyId!.Value, Name = name };
        db.MarketingSources.Add(source);
        return await SaveAsync(source, () => Task.FromResult(NameTaken(name)), ct);
    }

    private async Task<ClinicalSave<T>> SaveAsync<T>(T row, Func<Task<ClinicalRefusal>> taken, CancellationToken ct) where T : class
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return ClinicalSave.Done(row);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            db.ChangeTracker.Clear();
            return ClinicalSave.Refused<T>(await taken()); // saved by someone else a moment before
        }
    }

    private static ClinicalRefusal NpiTaken(ReferringPhysician p) =>
        ClinicalRefusal.Conflict("NPI already on the list", "npi",
            $"NPI {p.Npi} already belongs to {p.FirstName} {p.LastName} on the company's list of referring physicians; choose that entry.");

    private static ClinicalRefusal NameTaken(string name) =>
        ClinicalRefusal.Conflict("Marketing source already on the list", "name",
            $"The company already has a marketing source named {name}; choose that one.");
}
