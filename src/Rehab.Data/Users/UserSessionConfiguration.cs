using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rehab.Data.Users;

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> b)
    {
        b.ToTable("UserSessions");
        b.Property(s => s.EndReason).HasMaxLength(100);
        // Two refreshes with the same token race on this: one wins, the other counts as reuse.
        b.Property(s => s.RefreshGeneration).IsConcurrencyToken();
        b.HasOne<RehabUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => new { s.UserId, s.EndedAt });
    }
}
