using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Rehab.Core.Audit;
using Rehab.Core.Common;
using Rehab.Core.Organization;
using Rehab.Data.Patients;
using Rehab.Data.Users;

namespace Rehab.Data.Audit;

/// <summary>
/// Turns every tracked write into an audit entry, written in the same transaction as the write, so there is no
/// write without its audit row. Writing takes no lock: the <see cref="AuditSealer"/> puts entries on the chain.
/// </summary>
internal static class AuditTrail
{
    public static void RecordChanges(RehabDbContext db)
    {
        db.ChangeTracker.DetectChanges();
        var now = db.Clock.GetUtcNow();
        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            if (entry.Entity is AuditEntry)
            {
                // Only the sealer writes to an entry, its place on the chain, with statements of its own.
                if (entry.State is EntityState.Deleted or EntityState.Modified)
                    throw new InvalidOperationException("Audit entries are append-only.");
                continue;
            }
            if (entry.Entity is DataProtectionKey or IBulkImported || entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
                continue;
            if (entry.State == EntityState.Modified && !entry.Properties.Any(p => p.IsModified))
                continue;

            db.PendingAudit.Add(new AuditEntry
            {
                OccurredAt = AuditChain.Normalize(now),
                CompanyId = CompanyOf(entry) ?? db.Tenant.CompanyId,
                UserId = db.Tenant.UserId,
                UserName = db.Tenant.UserName,
                ClinicId = GuidProperty(entry, "ClinicId") ?? (entry.Entity is Clinic c ? c.Id : db.Tenant.CurrentClinicId),
                PatientId = GuidProperty(entry, "PatientId") ?? (entry.Entity is Patient p ? p.Id : null),
                Action = entry.State switch
                {
                    EntityState.Added => AuditAction.Create,
                    EntityState.Deleted => AuditAction.Delete,
                    _ => AuditAction.Update,
                },
                EntityType = EntityName(entry.Metadata.ClrType),
                EntityId = KeyOf(entry),
                Outcome = AuditOutcome.Success,
                ClientAddress = db.Tenant.ClientAddress,
                Details = entry.Entity is IAuditsValues
                    ? ValueChanges.Describe(entry)
                    : entry.State == EntityState.Modified
                        ? string.Join(", ", entry.Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name))
                        : null,
            });
        }
    }

    /// <summary>Saves the write and its audit entries together; a failed save leaves no entry behind.</summary>
    public static async Task<int> SaveWithAuditAsync(
        RehabDbContext db, Func<CancellationToken, Task<int>> save, CancellationToken ct)
    {
        db.AuditEntries.AddRange(db.PendingAudit);
        try
        {
            return await save(ct);
        }
        catch
        {
            foreach (var pending in db.PendingAudit)
                db.Entry(pending).State = EntityState.Detached;
            throw;
        }
        finally
        {
            db.PendingAudit.Clear();
        }
    }

    private static Guid? CompanyOf(EntityEntry entry) => entry.Entity switch
    {
        ITenantOwned owned => owned.CompanyId,
        Company company => company.Id,
        _ => null,
    };

    private static Guid? GuidProperty(EntityEntry entry, string name)
    {
        var property = entry.Metadata.FindProperty(name);
        return property is null ? null : entry.Property(name).CurrentValue as Guid?;
    }

    private static string? KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null ? null : string.Join("/", key.Properties.Select(p => entry.Property(p.Name).CurrentValue));
    }

    /// <summary>The name the audit log shows: RehabUser is "User", CompanySettingsRow is "CompanySettings".</summary>
    public static string EntityName(Type type) => type == typeof(RehabUser)
        ? "User"
        : type.Name.Split('`')[0] is var name && name.EndsWith("Row", StringComparison.Ordinal) ? name[..^3] : name;
}
