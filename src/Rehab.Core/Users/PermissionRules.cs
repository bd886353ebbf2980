using Rehab.Core.Common;

namespace Rehab.Core.Users;

/// <summary>Which permissions a user may hold, and who may grant them.</summary>
public static class PermissionRules
{
    /// <summary>The text an admin accepts when letting an assistant finalize notes.</summary>
    public const string FinalizeAttestationText =
        "I understand that this assistant may finalize notes only where the clinic's settings, the " +
        "patient's insurance and state law allow it, and that notes they finalize are billed under the supervising therapist's rules.";

    public static bool IsPossible(UserType type, string permission) => WhyImpossible(type, permission) is null;

    /// <summary>Why a user of this type can never hold the permission, or null when they can.</summary>
    public static string? WhyImpossible(UserType type, string permission) =>
        !Permission.IsKnown(permission) ? $"'{permission}' is not a permission."
        : type.IsClerical() && Permission.NotePermissions.Contains(permission) ? $"{permission} is a note permission and never goes to {type} users."
        : type.IsStudent() && permission == Permission.FinalizeNotes
            ? $"Students ({type}) never finalize notes: they forward them to a supervising therapist to co-sign."
            : null;

    /// <summary>An assistant finalizing notes needs the granting admin's attestation.</summary>
    public static bool NeedsAttestation(UserType type) => type.IsAssistant();

    /// <summary>
    /// What a company's first administrator holds, as admins grant only what they hold: every permission a user of
    /// their type can hold, but FinalizeNotes where it needs an attestation, as nobody is there to give it.
    /// </summary>
    public static IReadOnlyList<string> FirstAdministrator(UserType type) =>
        [.. Permission.All.Where(p => IsPossible(type, p)
                                      && !(p == Permission.FinalizeNotes && NeedsAttestation(type)))];

    /// <summary>
    /// Checks a change of a user's permissions by an admin: every added permission must be possible for the
    /// user type and held by the admin; FinalizeNotes for an assistant needs the attestation.
    /// </summary>
    public static ValidationErrors ValidateChange(
        UserType type, IReadOnlySet<string> current, IReadOnlySet<string> requested,
        IReadOnlySet<string> grantorHolds, bool attested, string field = "permissions")
    {
        var errors = new ValidationErrors();
        foreach (var permission in requested.Order(StringComparer.Ordinal))
            if (WhyImpossible(type, permission) is { } why)
                errors.Add(field, why);
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
