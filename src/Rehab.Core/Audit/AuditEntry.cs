namespace Rehab.Core.Audit;

/// <summary>
/// One append-only record of who did or saw what (ONC 170.315(d)(2), (d)(10)). Entries are numbered
/// without gaps and each carries the SHA-256 of the previous entry, so removal or change is detectable.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>Position in the chain, starting at 1, without gaps.</summary>
    public long Id { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public Guid? CompanyId { get; set; }
    public Guid? UserId { get; set; }
    public string? UserName { get; set; }
    public Guid? ClinicId { get; set; }
    public Guid? PatientId { get; set; }
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public string? EntityId { get; set; }
    public required string Outcome { get; set; }
    public string? ClientAddress { get; set; }
    /// <summary>Names of the fields a write changed; never their values.</summary>
    public string? Details { get; set; }
    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }
}
