using Rehab.Core.Common;

namespace Rehab.Core.Users;

/// <summary>Which permissions a user may hold, and who may grant them.</summary>
public static class PermissionRules
{
    /// <summary>The text an admin accepts when letting an assistant or student finalize notes.</summary>
    public const string FinalizeAttestationText =
        "I understand that this assistant or student may finalize notes only where the clinic's settings, the " +
        "patient's insurance and state law allow it, and that notes they finalize are billed under the supervising therapist's rules.";

    public static bool IsPossible(UserType type, string permission) =>
        Permission.IsKnown(permission) && !(type.IsClerical() && Permission.NotePermissions.Contains(permission));

    /// <summary>An assistant or student finalizing notes needs the granting admin's attestation.</summary>
    public static bool NeedsAttestation(UserType type) => type.IsAssistant() || type.IsStudent();

    /// <summary>
    /// Checks a change of a user's permissions by an admin: every added permission must be possible for the
    /// user type and held by the admin; FinalizeNotes for an assistant or student needs the attestation.
    /// </summary>
    public static ValidationErrors ValidateChange(
        UserType type, IReadOnlySet<string> current, IReadOnlySet<string> requested,
        IReadOnlySet<string> grantorHolds, bool attested, string field = "permissions")
    {
        var errors = new ValidationErrors();
        foreach (var permission in requested.Order(StringComparer.Ordinal))
        {
            if (!Permission.IsKnown(permission))
                errors.Add(field, $"'{permission}' is not a permission.");
            else if (!IsPossible(type, permission))
                errors.Add(field, $"{permission} is a note permission and never goes to {type} users.");
        }
        foreach (var added in requested.Except(current).Where(Permission.IsKnown).Order(StringComparer.Ordinal))
        {
            if (!grantorHolds.Contains(added))
                errors.Add(field, $"You cannot grant {added}: you do not hold it yourself.");
            if (added == Permission.FinalizeNotes && NeedsAttestation(type) && !attested)
                errors.Add("finalizeAttestation", $"Letting a {type} finalize notes needs your attestation: {FinalizeAttestationText}");
        }
        return errors;
    }
}
