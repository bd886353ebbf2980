using Rehab.Core.Audit;

namespace Rehab.Data.Audit;

/// <summary>Records events that are not row writes: sign-ins, and reads of patient data.</summary>
public sealed class AuditLog(RehabDbContext db)
{
    /// <summary>Records a refused write; what the refused use case left unsaved is dropped, never saved.</summary>
    public Task RecordRefusedAsync(AuditEvent e, CancellationToken ct = default)
    {
        db.ChangeTracker.Clear();
        return RecordAsync(e, ct);
    }

    public async Task RecordAsync(AuditEvent e, CancellationToken ct = default)
    {
        db.PendingAudit.Add(new AuditEntry
        {
            OccurredAt = AuditChain.Normalize(db.Clock.GetUtcNow()),
            CompanyId = e.CompanyId ?? db.Tenant.CompanyId,
            UserId = e.UserId ?? db.Tenant.UserId,
            UserName = e.UserName ?? db.Tenant.UserName,
            ClinicId = e.ClinicId ?? db.Tenant.CurrentClinicId,
            PatientId = e.PatientId,
            PatientIds = e.PatientIds is { Count: > 0 } shown ? string.Join(' ', shown.Distinct()) : null,
            Action = e.Action,
            EntityType = e.EntityType,
            EntityId = e.EntityId,
            Outcome = e.Outcome,
            ClientAddress = db.Tenant.ClientAddress,
            Details = e.Details,
        });
        await db.SaveChangesAsync(ct);
    }
}

public sealed record AuditEvent(
    string Action,
    string EntityType,
    string Outcome,
    string? EntityId = null,
    Guid? PatientId = null,
    Guid? CompanyId = null,
    Guid? UserId = null,
    string? UserName = null,
    Guid? ClinicId = null,
    string? Details = null,
    IReadOnlyCollection<Guid>? PatientIds = null);
