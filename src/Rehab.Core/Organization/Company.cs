namespace Rehab.Core.Organization;

/// <summary>The tenant: a practice with one tax id and many clinics.</summary>
public sealed class Company
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    public TaxId? TaxId { get; set; }
    public string? Phone { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>The vendor's own account-team company: its users are system admins who decide license requests.</summary>
    public bool IsVendor { get; set; }
}
