using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rehab.Core.Analytics;
using Rehab.Core.Users;
using static Rehab.Core.Users.Permission;

namespace Rehab.Core.Tests.Users;

public sealed class BulkUserUpdateTests
{
    private static readonly Guid Phoenix = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    private static readonly Guid Denver = Guid.Parse("00000000-0000-0000-0000-0000000000a2");
    private static readonly Guid Tucson = Guid.Parse("00000000-0000-0000-0000-0000000000a3");

    private static readonly BulkUserActor Admin = new(All.ToHashSet(), null);

    private static BulkUserSubject User(UserType type, string[]? permissions = null, Guid[]? clinics = null, Guid? home = null,
        bool active = true, bool allClinics = false, string name = "user", AnalyticsRole[]? roles = null) =>
        new(Guid.NewGuid(), name, type, active, (permissions ?? []).ToHashSet(), (clinics ?? [Phoenix]).ToHashSet(),
            allClinics, home ?? (clinics ?? [Phoenix])[0], roles ?? []);

    private static BulkUserChange Change(string[]? add = null, string[]? remove = null, Guid[]? addClinics = null, Guid[]? removeClinics = null) =>
        new((add ?? []).ToHashSet(), (remove ?? []).ToHashSet(), (addClinics ?? []).ToHashSet(), (removeClinics ?? []).ToHashSet());

    private static BulkUserResult One(BulkUserSubject user, BulkUserChange change, BulkUserActor? actor = null,
        int editUsersHolders = 10, int analyticsAdmins = 10) =>
        BulkUserUpdate.Plan([user], change, actor ?? Admin, new(editUsersHolders, analyticsAdmins)).Single();

    [Theory]
    [InlineData(UserType.Clerical, StartNotes)]
    [InlineData(UserType.Clerical, ForwardNotes)]
    [InlineData(UserType.Biller, FinalizeNotes)]
    [InlineData(UserType.Biller, StartNotes)]
    public void Note_permissions_never_go_to_clerical_or_biller_users(UserType type, string permission)
    {
        var result = One(User(type), Change(add: [permission]));
        Assert.Equal(BulkUserOutcome.Refused, result.Outcome);
        Assert.Contains(result.Reasons, r => r.Contains("note permission", StringComparison.Ordinal) && r.Contains(type.ToString(), StringComparison.Ordinal));
        Assert.Empty(result.AddedPermissions);
    }

    [Theory]
    [InlineData(UserType.PTA)]
    [InlineData(UserType.COTA)]
    [InlineData(UserType.SLPA)]
    public void FinalizeNotes_is_not_granted_in_bulk_to_assistants(UserType type)
    {
        var result = One(User(type), Change(add: [FinalizeNotes, ViewPatients]));
        Assert.Equal(BulkUserOutcome.Refused, result.Outcome);
        Assert.Contains(result.Reasons, r => r.Contains("one user at a time", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(UserType.SPT)]
    [InlineData(UserType.SOT)]
    [InlineData(UserType.SSLP)]
    public void Students_never_get_FinalizeNotes(UserType type)
    {
        var result = One(User(type), Change(add: [FinalizeNotes, ViewPatients]));
        Assert.Equal(BulkUserOutcome.Refused, result.Outcome);
        Assert.Contains(result.Reasons, r => r.Contains("never finalize", StringComparison.Ordinal));
        Assert.False(PermissionRules.IsPossible(type, FinalizeNotes));
        Assert.Contains(PermissionRules.ValidateChange(type, new HashSet<string>(), new HashSet<string> { FinalizeNotes },
            new HashSet<string> { FinalizeNotes }, attested: true).ToDictionary()["permissions"], m => m.Contains("never finalize", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(UserType.PT)]
    [InlineData(UserType.OT)]
    [InlineData(UserType.SLP)]
    public void Therapists_get_FinalizeNotes_in_bulk(UserType type)
    {
        var result = One(User(type), Change(add: [FinalizeNotes]));
        Assert.Equal(BulkUserOutcome.Applied, result.Outcome);
        Assert.Equal([FinalizeNotes], result.AddedPermissions);
    }

    [Fact]
    public void An_assistant_who_already_finalizes_is_not_refused_for_it()
    {
        var result = One(User(UserType.PTA, [FinalizeNotes]), Change(add: [FinalizeNotes, ViewPatients]));
        Assert.Equal(BulkUserOutcome.Applied, result.Outcome);
        Assert.Equal([ViewPatients], result.AddedPermissions);
    }

    [Theory]
    [InlineData(ClinicAdmin)]
    [InlineData(CompanyAdmin)]
    public void Clinic_and_company_admin_cannot_be_removed_in_bulk(string permission)
    {
        var errors = BulkUserUpdate.Validate(Change(remove: [permission]), Admin);
        Assert.False(errors.IsValid);
        Assert.Contains("cannot be removed in bulk", errors.ToDictionary()["removePermissions"].Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_home_clinic_cannot_be_removed_in_bulk()
    {
        var result = One(User(UserType.PT, clinics: [Phoenix, Denver], home: Phoenix), Change(removeClinics: [Phoenix]));
        Assert.Equal(BulkUserOutcome.Refused, result.Outcome);
        Assert.Contains(result.Reasons, r => r.Contains("home clinic", StringComparison.Ordinal));

        var other = One(User(UserType.PT, clinics: [Phoenix, Denver], home: Phoenix), Change(removeClinics: [Denver]));
        Assert.Equal(BulkUserOutcome.Applied, other.Outcome);
        Assert.Equal([Denver], other.RemovedClinics);
    }

    [Fact]
    public void Only_clinics_the_admin_holds_are_added_or_removed()
    {
        var limited = new BulkUserActor(All.ToHashSet(), new HashSet<Guid> { Phoenix });
        Assert.Contains("addClinics", BulkUserUpdate.Validate(Change(addClinics: [Denver]), limited).ToDictionary().Keys);
        Assert.Contains("removeClinics", BulkUserUpdate.Validate(Change(removeClinics: [Denver]), limited).ToDictionary().Keys);
        Assert.True(BulkUserUpdate.Validate(Change(addClinics: [Phoenix]), limited).IsValid);
        Assert.True(BulkUserUpdate.Validate(Change(addClinics: [Denver]), Admin).IsValid);
    }

    [Fact]
    public void Only_permissions_the_admin_holds_are_added()
    {
        var actor = new BulkUserActor(new HashSet<string> { EditUsers, ViewPatients }, null);
        var errors = BulkUserUpdate.Validate(Change(add: [ViewPatients, BillingReportAdmin]), actor).ToDictionary();
        Assert.Equal(["You cannot grant BillingReportAdmin: you do not hold it yourself."], errors["addPermissions"]);
        Assert.True(BulkUserUpdate.Validate(Change(remove: [BillingReportAdmin]), actor).IsValid);
    }

    [Fact]
    public void Unknown_permission_names_are_refused()
    {
        var errors = BulkUserUpdate.Validate(Change(add: ["Superpowers"], remove: ["Nope"]), Admin).ToDictionary();
        Assert.Equal(["'Superpowers' is not a permission."], errors["addPermissions"]);
        Assert.Equal(["'Nope' is not a permission."], errors["removePermissions"]);
    }

    [Fact]
    public void An_empty_or_contradictory_change_is_refused()
    {
        Assert.Contains("change", BulkUserUpdate.Validate(Change(), Admin).ToDictionary().Keys);
        Assert.Contains("removePermissions", BulkUserUpdate.Validate(Change(add: [ViewPatients], remove: [ViewPatients]), Admin).ToDictionary().Keys);
        Assert.Contains("removeClinics", BulkUserUpdate.Validate(Change(addClinics: [Phoenix], removeClinics: [Phoenix]), Admin).ToDictionary().Keys);
    }

    [Fact]
    public void Two_active_EditUsers_holders_remain_refusing_the_users_that_come_last()
    {
        var users = new[]
        {
            User(UserType.PT, [EditUsers], name: "a"), User(UserType.PT, [EditUsers], name: "b"),
            User(UserType.PT, [EditUsers], name: "c"), User(UserType.PT, [EditUsers], name: "d"),
        };
        var results = BulkUserUpdate.Plan(users, Change(remove: [EditUsers]), Admin, new BulkUserRoster(4, 10));
        Assert.Equal([BulkUserOutcome.Applied, BulkUserOutcome.Applied, BulkUserOutcome.Refused, BulkUserOutcome.Refused], results.Select(r => r.Outcome));
        Assert.Contains("At least 2 active users must keep EditUsers", results[2].Reasons.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_inactive_holder_losing_EditUsers_does_not_count()
    {
        var result = One(User(UserType.PT, [EditUsers], active: false), Change(remove: [EditUsers]), editUsersHolders: 2);
        Assert.Equal(BulkUserOutcome.Applied, result.Outcome);
    }

    [Fact]
    public void A_refused_user_gets_nothing_and_the_others_get_everything()
    {
        var therapist = User(UserType.PT, name: "pt");
        var frontOffice = User(UserType.Clerical, name: "front");
        var results = BulkUserUpdate.Plan([therapist, frontOffice],
            Change(add: [StartNotes, ViewPatients], addClinics: [Denver]), Admin, new BulkUserRoster(5, 10));
        Assert.Equal(BulkUserOutcome.Applied, results[0].Outcome);
        Assert.Equal([StartNotes, ViewPatients], results[0].AddedPermissions);
        Assert.Equal([Denver], results[0].AddedClinics);
        Assert.Equal(BulkUserOutcome.Refused, results[1].Outcome);
        Assert.Empty(results[1].AddedPermissions);
        Assert.Empty(results[1].AddedClinics);
    }

    [Fact]
    public void A_user_who_already_has_the_change_is_unchanged()
    {
        var result = One(User(UserType.PT, [ViewPatients], clinics: [Phoenix, Denver]), Change(add: [ViewPatients], addClinics: [Denver], remove: [EditUsers]));
        Assert.Equal(BulkUserOutcome.Unchanged, result.Outcome);
    }

    [Fact]
    public void The_last_active_Analytics_Admin_keeps_AnalyticsAccess()
    {
        var clinicAdmin = User(UserType.PT, [AnalyticsAccess, ClinicAdmin]);
        var adjusted = User(UserType.Clerical, [AnalyticsAccess], roles: [AnalyticsRole.AnalyticsAdmin]);
        foreach (var admin in new[] { clinicAdmin, adjusted })
        {
            var refused = One(admin, Change(remove: [AnalyticsAccess]), analyticsAdmins: 1);
            Assert.Equal(BulkUserOutcome.Refused, refused.Outcome);
            Assert.Contains("last active Analytics Admin", refused.Reasons.Single(), StringComparison.Ordinal);
            var applied = One(admin, Change(remove: [AnalyticsAccess]), analyticsAdmins: 2);
            Assert.Equal(BulkUserOutcome.Applied, applied.Outcome);
        }
        var inactive = One(User(UserType.PT, [AnalyticsAccess, ClinicAdmin], active: false),
            Change(remove: [AnalyticsAccess]), analyticsAdmins: 1);
        Assert.Equal(BulkUserOutcome.Applied, inactive.Outcome);
    }

    [Fact]
    public void A_user_refused_for_Analytics_does_not_use_up_the_user_managers_that_may_go()
    {
        var lastAnalyticsAdmin = User(UserType.PT, [EditUsers, AnalyticsAccess, ClinicAdmin], name: "a");
        var manager = User(UserType.PT, [EditUsers], name: "b");
        var results = BulkUserUpdate.Plan([lastAnalyticsAdmin, manager], Change(remove: [EditUsers, AnalyticsAccess]),
            Admin, new BulkUserRoster(3, 1));
        Assert.Equal([BulkUserOutcome.Refused, BulkUserOutcome.Applied], results.Select(r => r.Outcome));
    }

    [Fact]
    public void A_user_seeing_every_clinic_keeps_it_and_is_not_limited_in_bulk()
    {
        Assert.Equal(BulkUserOutcome.Unchanged, One(User(UserType.PT, allClinics: true), Change(addClinics: [Denver])).Outcome);
        var removal = One(User(UserType.PT, allClinics: true), Change(removeClinics: [Denver]));
        Assert.Equal(BulkUserOutcome.Refused, removal.Outcome);
    }

    private static readonly Gen<UserType> Types = Gen.Elements(Enum.GetValues<UserType>());
    private static readonly Gen<string[]> PermissionSets = Gen.SubListOf(All.ToArray()).Select(l => l.ToArray());
    private static readonly Gen<Guid[]> ClinicSets = Gen.SubListOf(new[] { Phoenix, Denver, Tucson }).Select(l => l.ToArray());

    private static readonly Gen<BulkUserSubject> Subjects =
        from type in Types
        from permissions in PermissionSets
        from clinics in ClinicSets
        from home in Gen.Elements(new Guid?[] { null, Phoenix, Denver })
        from active in Gen.Elements(true, false)
        from roles in Gen.SubListOf(Enum.GetValues<AnalyticsRole>())
        select new BulkUserSubject(Guid.NewGuid(), "u", type, active,
            permissions.Where(p => PermissionRules.IsPossible(type, p)).ToHashSet(), clinics.ToHashSet(), false, home,
            [.. roles]);

    private static bool IsActiveAnalyticsAdmin(BulkUserSubject user, IReadOnlySet<string> permissions) =>
        user.IsActive && AnalyticsRoleAssignment.IsAdmin(permissions, user.AnalyticsRoles);

    private static readonly Gen<BulkUserChange> Changes =
        from add in PermissionSets
        from remove in PermissionSets
        from addClinics in ClinicSets
        from removeClinics in ClinicSets
        select new BulkUserChange(add.ToHashSet(),
            remove.Except(add).Where(p => p is not (ClinicAdmin or CompanyAdmin)).ToHashSet(),
            addClinics.ToHashSet(), removeClinics.Except(addClinics).ToHashSet());

    [Property]
    public Property A_user_gets_the_whole_change_or_nothing() =>
        Prop.ForAll(Gen.ListOf(Subjects).Zip(Changes).Zip(Gen.Choose(0, 6)).ToArbitrary(), t =>
        {
            var ((users, change), holders) = t;
            if (!BulkUserUpdate.Validate(change, Admin).IsValid)
                return true;
            var results = BulkUserUpdate.Plan(users.ToList(), change, Admin, new BulkUserRoster(holders, holders));
            return results.Zip(users).All(p =>
            {
                var (result, user) = p;
                var permissionsAfter = user.Permissions.Union(result.AddedPermissions).Except(result.RemovedPermissions).ToHashSet();
                var clinicsAfter = user.Clinics.Union(result.AddedClinics).Except(result.RemovedClinics).ToHashSet();
                return result.Outcome switch
                {
                    BulkUserOutcome.Refused => result.Reasons.Count > 0 && result.AddedPermissions.Count + result.RemovedPermissions.Count
                        + result.AddedClinics.Count + result.RemovedClinics.Count == 0,
                    _ => result.Reasons.Count == 0
                         && permissionsAfter.SetEquals(user.Permissions.Union(change.AddPermissions).Except(change.RemovePermissions))
                         && clinicsAfter.SetEquals(user.Clinics.Union(change.AddClinics).Except(change.RemoveClinics))
                         && (result.Outcome == BulkUserOutcome.Applied) == !(permissionsAfter.SetEquals(user.Permissions) && clinicsAfter.SetEquals(user.Clinics)),
                };
            });
        });

    [Property]
    public Property Applied_results_never_break_a_rule() =>
        Prop.ForAll(Gen.ListOf(Subjects).Zip(Changes).Zip(Gen.Choose(0, 6)).ToArbitrary(), t =>
        {
            var ((users, change), holders) = t;
            if (!BulkUserUpdate.Validate(change, Admin).IsValid)
                return true;
            // Some Analytics Admins outside the selection, or none: the selection's own are counted too.
            var admins = holders % 2 + users.Count(u => IsActiveAnalyticsAdmin(u, u.Permissions));
            var results = BulkUserUpdate.Plan(users.ToList(), change, Admin, new BulkUserRoster(holders, admins));
            var lostEditUsers = results.Zip(users).Count(p => p.First.RemovedPermissions.Contains(EditUsers) && p.Second.IsActive);
            var adminsAfter = admins + results.Zip(users).Sum(p =>
            {
                var (result, user) = p;
                var after = user.Permissions.Union(result.AddedPermissions).Except(result.RemovedPermissions)
                    .ToHashSet();
                return (IsActiveAnalyticsAdmin(user, after) ? 1 : 0)
                       - (IsActiveAnalyticsAdmin(user, user.Permissions) ? 1 : 0);
            });
            return results.Zip(users).All(p =>
                       !(p.Second.Type.IsClerical() && p.First.AddedPermissions.Any(NotePermissions.Contains))
                       && !(PermissionRules.NeedsAttestation(p.Second.Type) && p.First.AddedPermissions.Contains(FinalizeNotes))
                       && !(p.Second.HomeClinicId is { } home && p.First.RemovedClinics.Contains(home)))
                   && (lostEditUsers == 0 || holders - lostEditUsers >= BulkUserUpdate.MinimumEditUsersHolders)
                   && (admins == 0 || adminsAfter >= AnalyticsAdminRule.Minimum);
        });
}
