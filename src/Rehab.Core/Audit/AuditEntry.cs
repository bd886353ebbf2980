namespace Rehab.Core.Audit;

/// <summary>
/// One append-only record of who did or saw what (ONC 170.315(d)(2), (d)(10)). The entry is written in the same
/// transaction as the write or before the read it records; the sealer then gives it the next position on the chain
/// and an HMAC over its content and the previous entry's MAC (d)(3), so a removed, altered or re-sealed entry is
/// detectable by anyone holding the key, and a database alone cannot re-seal it.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>Assigned by the database in the order entries are written.</summary>
    public long Id { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public Guid? CompanyId { get; set; }
    public Guid? UserId { get; set; }
    public string? UserName { get; set; }
    public Guid? ClinicId { get; set; }
    public Guid? PatientId { get; set; }
    /// <summary>Every patient a list showed, space-separated, when the entry records a list view.</summary>
    public string? PatientIds { get; set; }
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public string? EntityId { get; set; }
    public required string Outcome { get; set; }
    public string? ClientAddress { get; set; }
    /// <summary>Names of the fields a write changed; never their values.</summary>
    public string? Details { get; set; }

    /// <summary>Position on the chain from 1 without gaps; null until sealed.</summary>
    public long? Sequence { get; set; }
    public string? PreviousMac { get; set; }
    public string? Mac { get; set; }

    public bool IsSealed => Sequence is not null;
}
