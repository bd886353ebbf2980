using Rehab.Core.Licensing;
using Rehab.Data.Users;

namespace Rehab.Web.Users;

public sealed record UserResponse(
    Guid Id, string? UserName, string DisplayName, string? FirstName, string? LastName, string? Email, string? Credentials,
    string? Npi, string UserType, string LicenseClass, bool IsActive, bool AllClinics, Guid? HomeClinicId,
    IReadOnlyList<Guid> ClinicIds, string? RoleTemplate, IReadOnlyList<string> Permissions)
{
    public static UserResponse From(RehabUser u, IEnumerable<Guid> clinicIds, IEnumerable<string> permissions) => new(
        u.Id, u.UserName, u.DisplayName, u.FirstName, u.LastName, u.Email, u.Credentials, u.Npi?.Value, u.UserType.ToString(),
        LicenseClasses.Of(u.UserType).ToString(), u.IsActive, u.AllClinics, u.HomeClinicId,
        clinicIds.Order().ToList(), u.RoleTemplate?.ToString(), permissions.Order(StringComparer.Ordinal).ToList());
}
