using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rehab.Core.Organization;
using Rehab.Core.Training;
using Rehab.Data.Users;

namespace Rehab.Data.Training;

internal sealed class TrainingGroupConfiguration : IEntityTypeConfiguration<TrainingGroup>
{
    public void Configure(EntityTypeBuilder<TrainingGroup> b)
    {
        b.ToTable("TrainingGroups");
        b.Property(g => g.Name).HasMaxLength(TrainingGroupDetails.NameMaxLength);
        b.Property(g => g.RoleTemplate).HasConversion<string>().HasMaxLength(20);
        b.HasOne<Company>().WithMany().HasForeignKey(g => g.CompanyId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(g => g.Courses).WithOne().HasForeignKey(c => c.GroupId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(g => new { g.CompanyId, g.Name }).IsUnique();
        b.HasIndex(g => new { g.CompanyId, g.RoleTemplate }).IsUnique();
    }
}

internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> b)
    {
        b.ToTable("Courses");
        b.Property(c => c.Title).HasMaxLength(CourseDetails.TitleMaxLength);
        b.Property(c => c.Link).HasMaxLength(CourseDetails.LinkMaxLength);
        // A removed course kept for its completions does not hold on to its title.
        b.HasIndex(c => new { c.GroupId, c.Title }).IsUnique().HasFilter("\"RemovedOn\" IS NULL");
        b.HasIndex(c => c.CompanyId);
    }
}

internal sealed class TrainingGroupMemberConfiguration : IEntityTypeConfiguration<TrainingGroupMember>
{
    public void Configure(EntityTypeBuilder<TrainingGroupMember> b)
    {
        b.ToTable("TrainingGroupMembers");
        b.HasKey(m => new { m.GroupId, m.UserId });
        b.HasOne<TrainingGroup>().WithMany().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<RehabUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(m => new { m.CompanyId, m.UserId });
    }
}

internal sealed class TrainingAssignmentConfiguration : IEntityTypeConfiguration<TrainingAssignment>
{
    public void Configure(EntityTypeBuilder<TrainingAssignment> b)
    {
        b.ToTable("TrainingAssignments");
        b.HasOne<RehabUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Course>().WithMany().HasForeignKey(a => a.CourseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(a => new { a.UserId, a.CourseId }).IsUnique();
        b.HasIndex(a => new { a.CompanyId, a.DueOn });
    }
}
