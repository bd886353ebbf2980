using static Rehab.Core.Users.Permission;

namespace Rehab.Core.Users;

/// <summary>A named default set of permissions for a kind of job; admins adjust a user's set afterwards.</summary>
public enum RoleTemplate
{
    Executive,
    ClinicDirector,
    Therapist,
    Assistant,
    Student,
    FrontOffice,
    Biller,
}

public static class RoleTemplates
{
    public static readonly IReadOnlyList<RoleTemplate> All = Enum.GetValues<RoleTemplate>();

    /// <summary>The user types a template fits, the first being the usual one.</summary>
    public static IReadOnlyList<UserType> UserTypes(this RoleTemplate template) => template switch
    {
        RoleTemplate.Executive => [UserType.PT, UserType.OT, UserType.SLP, UserType.Clerical],
        RoleTemplate.ClinicDirector => [UserType.PT, UserType.OT, UserType.SLP],
        RoleTemplate.Therapist => [UserType.PT, UserType.OT, UserType.SLP],
        RoleTemplate.Assistant => [UserType.PTA, UserType.COTA, UserType.SLPA],
        RoleTemplate.Student => [UserType.SPT, UserType.SOT, UserType.SSLP],
        RoleTemplate.FrontOffice => [UserType.Clerical],
        RoleTemplate.Biller => [UserType.Biller, UserType.Clerical],
        _ => [],
    };

    /// <summary>
    /// The template's permissions for a user type; note rights are left out for clerical types, and an
    /// assistant's or student's FinalizeNotes is never a default (it needs an attested grant).
    /// </summary>
    public static IReadOnlySet<string> DefaultPermissions(this RoleTemplate template, UserType type)
    {
        string[] set = template switch
        {
            RoleTemplate.Executive => [ViewPatients, EditPatients, ViewUsers, EditUsers, ClinicAdmin, CompanyAdmin,
                InsuranceAdmin, BillingReportAdmin, AnalyticsAccess, ViewAuditLog],
            RoleTemplate.ClinicDirector => [ViewPatients, EditPatients, ViewUsers, EditUsers, StartNotes, ForwardNotes,
                FinalizeNotes, CalendarAdmin, ClinicAdmin, AnalyticsAccess],
            RoleTemplate.Therapist => [ViewPatients, EditPatients, StartNotes, ForwardNotes, FinalizeNotes],
            RoleTemplate.Assistant => [ViewPatients, EditPatients, StartNotes, ForwardNotes],
            RoleTemplate.Student => [ViewPatients, StartNotes, ForwardNotes],
            RoleTemplate.FrontOffice => [ViewPatients, EditPatients, CalendarAdmin],
            RoleTemplate.Biller => [ViewPatients, BillingReportAdmin, AnalyticsAccess],
            _ => [],
        };
        return set.Where(p => PermissionRules.IsPossible(type, p) && !(p == FinalizeNotes && PermissionRules.NeedsAttestation(type)))
            .ToHashSet(StringComparer.Ordinal);
    }

    public static string DisplayName(this RoleTemplate template) => template switch
    {
        RoleTemplate.ClinicDirector => "Clinic Director",
        RoleTemplate.FrontOffice => "Front Office",
        _ => template.ToString(),
    };
}
