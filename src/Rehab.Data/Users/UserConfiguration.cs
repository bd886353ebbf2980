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
