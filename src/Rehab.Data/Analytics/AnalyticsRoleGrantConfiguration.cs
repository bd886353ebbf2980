using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rehab.Data.Users;

namespace Rehab.Data.Analytics;

internal sealed class AnalyticsRoleGrantConfiguration : IEntityTypeConfiguration<AnalyticsRoleGrant>
{
    public void Configure(EntityTypeBuilder<AnalyticsRoleGrant> b)
    {
        b.ToTable("AnalyticsRoleGrants");
        b.HasKey(g => new { g.UserId, g.Role });
        b.Property(g => g.Role).HasConversion<string>().HasMaxLength(20);
        b.HasOne<RehabUser>().WithMany().HasForeignKey(g => g.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(g => g.CompanyId);
    }
}
