using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rehab.Core.Common;
using Rehab.Core.Organization;
using Rehab.Core.Patients;

namespace Rehab.Data.Patients;

/// <summary>
/// One break of the glass: a clinician may read one patient's chart outside their clinics until it expires
/// (ONC 170.315(d)(6)). Written once and never changed; the company's administrators review them.
/// </summary>
public sealed class EmergencyAccessGrant : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CompanyId { get; set; }
    public Guid UserId { get; set; }
    public required string UserName { get; set; }
    public Guid PatientId { get; set; }
    public EmergencyReason Category { get; set; }
    public required string Reason { get; set; }
    public DateTimeOffset GrantedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    /// <summary>The clinic the clinician was working in when they broke the glass.</summary>
    public Guid? ClinicId { get; set; }
}

internal sealed class EmergencyAccessGrantConfiguration : IEntityTypeConfiguration<EmergencyAccessGrant>
{
    public void Configure(EntityTypeBuilder<EmergencyAccessGrant> b)
    {
        b.ToTable("EmergencyAccessGrants");
        b.Property(g => g.UserName).HasMaxLength(256);
        b.Property(g => g.Category).HasConversion<string>().HasMaxLength(30);
        b.Property(g => g.Reason).HasMaxLength(EmergencyAccess.ReasonMaxLength);
        b.HasOne<Company>().WithMany().HasForeignKey(g => g.CompanyId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Patient>().WithMany().HasForeignKey(g => g.PatientId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(g => new { g.CompanyId, g.UserId, g.ExpiresAt });
        b.HasIndex(g => new { g.CompanyId, g.GrantedAt });
    }
}
