using Rehab.Data.Tenancy;

namespace Rehab.Data.Users;

public static class UserVisibility
{
    /// <summary>
    /// The users an admin may see and change: the company filter applies already; an admin limited to some clinics
    /// sees the users who work in one of them (home clinic or access) and those who see every clinic.
    /// </summary>
    public static IQueryable<RehabUser> VisibleTo(this IQueryable<RehabUser> users, RehabDbContext db, ITenantContext tenant) =>
        tenant.ClinicIds is { } allowed
            ? users.Where(u => u.AllClinics
                               || (u.HomeClinicId != null && allowed.Contains(u.HomeClinicId.Value))
                               || db.UserClinicAccess.Any(a => a.UserId == u.Id && allowed.Contains(a.ClinicId)))
            : users;
}
