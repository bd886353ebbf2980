namespace Rehab.Web.Users;

/// <summary>
/// A user's profile, type, clinics and permissions as an admin submits them. On a change, a null
/// <see cref="Permissions"/> keeps the current set unless a role template is applied or permissions are copied.
/// </summary>
public sealed record UserInput
{
    /// <summary>Only when adding a user; unique across the whole system.</summary>
    public string? UserName { get; init; }
    /// <summary>Only when adding a user.</summary>
    public string? Password { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    /// <summary>Defaults to first and last name.</summary>
    public string? DisplayName { get; init; }
    /// <summary>Unique across the whole system.</summary>
    public string? Email { get; init; }
    /// <summary>Such as "PT, DPT".</summary>
    public string? Credentials { get; init; }
    /// <summary>Individual NPI, for providers only.</summary>
    public string? Npi { get; init; }
    /// <summary>PT, OT, SLP, PTA, COTA, SLPA, SPT, SOT, SSLP, Clerical or Biller.</summary>
    public string? UserType { get; init; }
    public bool IsActive { get; init; } = true;
    public bool AllClinics { get; init; }
    public IReadOnlyList<Guid>? ClinicIds { get; init; }
    public Guid? HomeClinicId { get; init; }
    public IReadOnlyList<string>? Permissions { get; init; }
    /// <summary>
    /// Executive, ClinicDirector, Therapist, Assistant, Student, FrontOffice or Biller; applying a new one sets its
    /// default permissions.
    /// </summary>
    public string? RoleTemplate { get; init; }
    /// <summary>Copy the permissions of this user (those possible for the user type).</summary>
    public Guid? CopyPermissionsFromUserId { get; init; }
    /// <summary>The admin accepts the attestation for letting an assistant or student finalize notes.</summary>
    public bool FinalizeAttestation { get; init; }
    /// <summary>
    /// The admin accepts that the save drops permissions the user holds but their user type cannot (a 409 names
    /// them otherwise, and nothing is saved).
    /// </summary>
    public bool ConfirmDroppedPermissions { get; init; }
}
