namespace Rehab.Core.Users;

/// <summary>
/// One grantable right. Each is also an authorization policy of the same name, so a page or endpoint
/// says which right it needs in the clinic's words.
/// </summary>
public static class Permission
{
    public const string ViewPatients = "ViewPatients";
    public const string EditPatients = "EditPatients";
    public const string ViewUsers = "ViewUsers";
    public const string EditUsers = "EditUsers";
    public const string StartNotes = "StartNotes";
    public const string ForwardNotes = "ForwardNotes";
    public const string FinalizeNotes = "FinalizeNotes";
    public const string CalendarAdmin = "CalendarAdmin";
    public const string ClinicAdmin = "ClinicAdmin";
    /// <summary>Administers the organization: company details, clinics, the audit log.</summary>
    public const string CompanyAdmin = "CompanyAdmin";
    public const string InsuranceAdmin = "InsuranceAdmin";
    public const string BillingReportAdmin = "BillingReportAdmin";
    public const string AnalyticsAccess = "AnalyticsAccess";
    public const string ViewAuditLog = "ViewAuditLog";

    public static readonly IReadOnlyList<string> All =
    [
        ViewPatients, EditPatients, ViewUsers, EditUsers, StartNotes, ForwardNotes, FinalizeNotes, CalendarAdmin,
        ClinicAdmin, CompanyAdmin, InsuranceAdmin, BillingReportAdmin, AnalyticsAccess, ViewAuditLog,
    ];

    /// <summary>Rights over clinical documentation; never for Clerical or Biller users.</summary>
    public static readonly IReadOnlySet<string> NotePermissions = new HashSet<string>(StringComparer.Ordinal)
    {
        StartNotes, ForwardNotes, FinalizeNotes,
    };

    public static bool IsKnown(string name) => All.Contains(name, StringComparer.Ordinal);

    /// <summary>What a permission unlocks, as the User Manager explains it.</summary>
    public static string Describe(string permission) => permission switch
    {
        ViewPatients => "See patients and their charts, read-only",
        EditPatients => "Add patients and change their details",
        ViewUsers => "Open the User Manager and request license adjustments",
        EditUsers => "Add and change users, activate and inactivate them",
        StartNotes => "Start documentation in a chart",
        ForwardNotes => "Send a note to another clinician for co-signature",
        FinalizeNotes => "Finalize (sign) documentation",
        CalendarAdmin => "Scheduler settings and calendar permissions",
        ClinicAdmin => "Clinic settings, fee schedule region, intake and referral reports",
        CompanyAdmin => "Company settings, clinics and company-wide reports",
        InsuranceAdmin => "Add and change insurances and their settings",
        BillingReportAdmin => "Financial reports (the Analytics Billing User role)",
        AnalyticsAccess => "Open Analytics",
        ViewAuditLog => "Read the audit log",
        _ => permission,
    };
}
