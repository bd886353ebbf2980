using System.Linq.Expressions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Audit;
using Rehab.Core.Common;
using Rehab.Core.Licensing;
using Rehab.Core.Organization;
using Rehab.Core.Scheduling;
using Rehab.Core.Users;
using Rehab.Data.Analytics;
using Rehab.Data.Audit;
using Rehab.Data.Billing;
using Rehab.Data.Cases;
using Rehab.Data.Documentation;
using Rehab.Data.Outcomes;
using Rehab.Data.Patients;
using Rehab.Data.Payers;
using Rehab.Data.Referrals;
using Rehab.Data.Settings;
using Rehab.Data.Tenancy;
using Rehab.Data.Training;
using Rehab.Data.Users;

namespace Rehab.Data;

/// <summary>
/// The one database context. Tenant-owned rows are filtered to the signed-in user's company by
/// construction, and every save appends sealed audit entries in the same transaction.
/// </summary>
public abstract class RehabDbContext(
    DbContextOptions options, ITenantContext tenant, TimeProvider clock, AuditSealSignal? sealSignal)
    : IdentityDbContext<RehabUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public ITenantContext Tenant { get; } = tenant;
    internal TimeProvider Clock { get; } = clock;

    /// <summary>Read by the query filters on every query; a context without a company sees no tenant rows.</summary>
    protected Guid? CurrentCompanyId => Tenant.CompanyId;

    public DbSet<Company> Companies => Set<Company>();
    public DbSet<Clinic> Clinics => Set<Clinic>();
    public DbSet<UserClinicAccess> UserClinicAccess => Set<UserClinicAccess>();
    public DbSet<UserPermission> UserPermissions => Set<UserPermission>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<FinalizeAttestation> FinalizeAttestations => Set<FinalizeAttestation>();
    public DbSet<PurchasedLicense> PurchasedLicenses => Set<PurchasedLicense>();
    public DbSet<LicenseAdjustmentRequest> LicenseAdjustmentRequests => Set<LicenseAdjustmentRequest>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<FeeScheduleAmount> FeeScheduleAmounts => Set<FeeScheduleAmount>();
    public DbSet<NcciEditRow> NcciEdits => Set<NcciEditRow>();
    public DbSet<CustomBillingCode> CustomBillingCodes => Set<CustomBillingCode>();
    public DbSet<TrainingGroup> TrainingGroups => Set<TrainingGroup>();
    public DbSet<Course> Courses => Set<Course>();
    public DbSet<TrainingGroupMember> TrainingGroupMembers => Set<TrainingGroupMember>();
    public DbSet<TrainingAssignment> TrainingAssignments => Set<TrainingAssignment>();
    public DbSet<AnalyticsRoleGrant> AnalyticsRoleGrants => Set<AnalyticsRoleGrant>();
    public DbSet<Payer> Payers => Set<Payer>();
    public DbSet<CompanySettingsRow> CompanySettings => Set<CompanySettingsRow>();
    public DbSet<ClinicSettingsRow> ClinicSettings => Set<ClinicSettingsRow>();
    public DbSet<Patient> Patients => Set<Patient>();
    public DbSet<Policy> Policies => Set<Policy>();
    public DbSet<EmergencyAccessGrant> EmergencyAccessGrants => Set<EmergencyAccessGrant>();
    public DbSet<ReferringPhysician> ReferringPhysicians => Set<ReferringPhysician>();
    public DbSet<MarketingSource> MarketingSources => Set<MarketingSource>();
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<Note> Notes => Set<Note>();
    public DbSet<ChargeLine> ChargeLines => Set<ChargeLine>();
    public DbSet<ClaimLine> ClaimLines => Set<ClaimLine>();
    public DbSet<NoteAddendum> NoteAddenda => Set<NoteAddendum>();
    public DbSet<OutcomeSurvey> OutcomeSurveys => Set<OutcomeSurvey>();
    public DbSet<Calendar> Calendars => Set<Calendar>();
    public DbSet<WorkingHours> WorkingHours => Set<WorkingHours>();
    public DbSet<CalendarException> CalendarExceptions => Set<CalendarException>();
    public DbSet<AppointmentType> AppointmentTypes => Set<AppointmentType>();
    public DbSet<Appointment> Appointments => Set<Appointment>();
    public DbSet<AppointmentSeries> AppointmentSeries => Set<AppointmentSeries>();
    public DbSet<WaitlistEntry> WaitlistEntries => Set<WaitlistEntry>();
    public DbSet<SchedulingSettings> SchedulingSettings => Set<SchedulingSettings>();
    public DbSet<ReminderSend> ReminderSends => Set<ReminderSend>();
    public DbSet<DataProtectionKey> DataProtectionKeys { get; set; } = null!;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(RehabDbContext).Assembly);

        builder.Entity<Company>().HasQueryFilter(c => c.Id == CurrentCompanyId);
        builder.Entity<AuditEntry>().HasQueryFilter(a => a.CompanyId == CurrentCompanyId);
        foreach (var type in builder.Model.GetEntityTypes()
                     .Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType) && t.BaseType is null))
            builder.Entity(type.ClrType).HasQueryFilter(TenantFilter(type.ClrType));
    }

    private LambdaExpression TenantFilter(Type entity)
    {
        var row = Expression.Parameter(entity, "row");
        var companyId = Expression.Convert(Expression.Property(row, nameof(ITenantOwned.CompanyId)), typeof(Guid?));
        var current = Expression.Property(Expression.Constant(this), nameof(CurrentCompanyId));
        return Expression.Lambda(Expression.Equal(companyId, current), row);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        using var turn = await EnterWriteAsync(cancellationToken);
        var accessChanged = await UserAccessChanges.RenewStampsAsync(this, cancellationToken);
        AuditTrail.RecordChanges(this);
        if (PendingAudit.Count == 0)
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        var written = await AuditTrail.SaveWithAuditAsync(this,
            ct => base.SaveChangesAsync(acceptAllChangesOnSuccess, ct), cancellationToken);
        SealSignal?.Nudge();
        UserAccessChanges.Announce(this, accessChanged);
        return written;
    }

    /// <summary>Where the provider queues writers in-process before the database; null where it does not.</summary>
    private protected virtual Task<IDisposable?> EnterWriteAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IDisposable?>(null);

    /// <summary>Audit entries waiting for the next save, which writes them with the changes they record.</summary>
    internal List<AuditEntry> PendingAudit { get; } = [];

    /// <summary>Wakes the sealer after entries were written; null where nothing seals (some tools).</summary>
    private AuditSealSignal? SealSignal { get; } = sealSignal;

    /// <summary>
    /// Inside a transaction: whether this context may seal now. One sealer at a time across instances; false when
    /// another one holds the chain, which then seals these entries too.
    /// </summary>
    internal abstract Task<bool> TryLockAuditSealingAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Inside the sealer's transaction: writes the entries' places on the chain, each only if it had none, and says
    /// how many were written. Set-based, so sealing costs the database little beside the requests it serves.
    /// </summary>
    internal abstract Task<int> WriteSealsAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken);
}
