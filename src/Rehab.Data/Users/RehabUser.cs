using Microsoft.AspNetCore.Identity;
using Rehab.Core.Common;
using Rehab.Core.Users;

namespace Rehab.Data.Users;

/// <summary>A person who logs in, always of one company.</summary>
public sealed class RehabUser : IdentityUser<Guid>, ITenantOwned
{
    public Guid CompanyId { get; set; }
    public required string DisplayName { get; set; }
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    /// <summary>Degrees and licenses after the name, such as "PT, DPT".</summary>
    public string? Credentials { get; set; }
    /// <summary>The provider's individual (type 1) NPI; therapists, assistants and students may have one.</summary>
    public Rehab.Core.Organization.Npi? Npi { get; set; }
    public UserType UserType { get; set; }
    public bool IsActive { get; set; } = true;
    /// <summary>Sees every clinic of the company, present and future, instead of a list.</summary>
    public bool AllClinics { get; set; }
    /// <summary>The clinic whose license the user holds and where they mostly work.</summary>
    public Guid? HomeClinicId { get; set; }
    /// <summary>The role template last applied to the user's permissions, if any.</summary>
    public RoleTemplate? RoleTemplate { get; set; }
    /// <summary>When the password was last set; the clinic's password expiry counts from here.</summary>
    public DateTimeOffset? PasswordChangedAt { get; set; }
    /// <summary>Set by an admin's reset: the next sign-in goes to the password change first.</summary>
    public bool MustChangePassword { get; set; }
}
