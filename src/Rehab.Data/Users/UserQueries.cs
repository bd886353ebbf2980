using Rehab.Data.Tenancy;

namespace Rehab.Data.Users;

public static class UserQueries
{
    /// <summary>
    /// The users a person may see: everyone in the company for those with all clinics; otherwise users with
    /// all clinics and users sharing at least one clinic (by access or home clinic) with the person.
    /// </summary>
    public static IQueryable<RehabUser> VisibleTo(this IQueryable<RehabUser> users, RehabDbContext db, ITenantContext tenant)
    {
        if (tenant.ClinicIds is not { } allowed)
            return users;
        return users.Where(u => u.AllClinics
                                || (u.HomeClinicId != null && allowed.Contains(u.HomeClinicId.Value))
                                || db.UserClinicAccess.Any(a => a.UserId == u.Id && allowed.Contains(a.ClinicId)));
    }
}
