using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rehab.Core.Organization;
using Rehab.Core.Users;

namespace Rehab.Data.Users;

internal sealed class UserConfiguration : IEntityTypeConfiguration<RehabUser>
{
    public void Configure(EntityTypeBuilder<RehabUser> b)
    {
        b.Property(u => u.DisplayName).HasMaxLength(200);
        b.Property(u => u.UserType).HasConversion<string>().HasMaxLength(20);
        b.HasOne<Company>().WithMany().HasForeignKey(u => u.CompanyId).OnDelete(DeleteBehavior.Restrict);
        b.Property(u => u.RoleTemplate).HasConversion<string>().HasMaxLength(20);
        b.HasOne<Clinic>().WithMany().HasForeignKey(u => u.HomeClinicId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(u => u.CompanyId);
        b.Property(u => u.FirstName).HasMaxLength(100);
        b.Property(u => u.LastName).HasMaxLength(100);
        b.Property(u => u.Credentials).HasMaxLength(100);
        b.Property(u => u.Npi).HasConversion(v => v!.Value.Value, v => Npi.Parse(v)).HasMaxLength(10);
        // E-mail is unique across the whole system, like the username; users without one are allowed.
        b.HasIndex(u => u.NormalizedEmail).HasDatabaseName("EmailIndex").IsUnique();
    }
}

internal sealed class FinalizeAttestationConfiguration : IEntityTypeConfiguration<FinalizeAttestation>
{
    public void Configure(EntityTypeBuilder<FinalizeAttestation> b)
    {
        b.ToTable("FinalizeAttestations");
        b.Property(a => a.GrantedByUserName).HasMaxLength(256);
        b.Property(a => a.Text).HasMaxLength(1000);
        b.HasOne<RehabUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(a => new { a.CompanyId, a.UserId });
    }
}

internal sealed class UserClinicAccessConfiguration : IEntityTypeConfiguration<UserClinicAccess>
{
    public void Configure(EntityTypeBuilder<UserClinicAccess> b)
    {
        b.ToTable("UserClinicAccess");
        b.HasKey(a => new { a.UserId, a.ClinicId });
        b.HasOne<RehabUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Clinic>().WithMany().HasForeignKey(a => a.ClinicId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(a => new { a.CompanyId, a.ClinicId });
    }
}

internal sealed class UserPermissionConfiguration : IEntityTypeConfiguration<UserPermission>
{
    public void Configure(EntityTypeBuilder<UserPermission> b)
    {
        b.ToTable("UserPermissions");
        b.HasKey(p => new { p.UserId, p.Permission });
        b.Property(p => p.Permission).HasMaxLength(64);
        b.HasOne<RehabUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(p => p.CompanyId);
    }
}
