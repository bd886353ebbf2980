using Rehab.Core.Common;
using Rehab.Core.Settings;
using Rehab.Core.Users;

namespace Rehab.Core.Cases;

/// <summary>
/// An episode of care as a clinician opens or edits it; <see cref="Validate"/> names every field that breaks a rule.
/// Treating diagnoses are ordered (the first is the primary diagnosis) and may be empty while the evaluation is
/// under way; a billable note cannot be finalized until the case has one.
/// </summary>
public sealed record CaseDetails(string? Title, Guid PrimaryPolicyId, Guid? AssignedTherapistId)
{
    public const int TitleMaxLength = 200;

    public Guid? SecondaryPolicyId { get; init; }

    /// <summary>The case's place of service; null for the clinic's default.</summary>
    public string? PlaceOfService { get; init; }

    public Guid? ReferralId { get; init; }
    public IReadOnlyList<string> TreatingDiagnosisCodes { get; init; } = [];
    public AuthorizationDetails? Authorization { get; init; }

    /// <summary>The place of service the case bills at: its own, or the clinic's default.</summary>
    public string PlaceOfServiceOr(ClinicSettings clinic) => Text.TrimToNull(PlaceOfService) ?? clinic.DefaultPlaceOfService;

    /// <summary>The treating diagnoses in order, dotted and upper-case. Call only after <see cref="Validate"/> passed.</summary>
    public IReadOnlyList<Icd10Code> TreatingDiagnoses() => Icd10Code.ParseList(TreatingDiagnosisCodes);

    /// <param name="clinic">The settings of the case's clinic.</param>
    /// <param name="assignedTherapistType">The user type of the chosen therapist, or null when no such user was found.</param>
    /// <param name="before">The case as saved, when it is edited; null for a new case. A referral is required of new
    /// cases only, and a place of service the clinic no longer allows may stay as long as it is not changed.</param>
    /// <param name="primaryPayer">The payer of the primary policy, for its authorization requirement.</param>
    public ValidationErrors Validate(ClinicSettings clinic, UserType? assignedTherapistType, CaseDetails? before = null, PayerSettings? primaryPayer = null)
    {
        var errors = new ValidationErrors();
        errors.Required("title", Title, "Case title", TitleMaxLength);
        if (PrimaryPolicyId == Guid.Empty)
            errors.Add("primaryPolicyId", "Choose the primary policy the case is billed to.");
        if (SecondaryPolicyId == Guid.Empty)
            errors.Add("secondaryPolicyId", AllZeros("secondary policy", "a case billed to one policy only"));
        else if (SecondaryPolicyId is { } secondary && secondary == PrimaryPolicyId)
            errors.Add("secondaryPolicyId", "The secondary policy must be a different policy from the primary one.");

        if (AssignedTherapistId is null || AssignedTherapistId == Guid.Empty)
            errors.Add("assignedTherapistId", "Choose the therapist assigned to the case.");
        else if (assignedTherapistType is not { } type)
            errors.Add("assignedTherapistId", "The assigned therapist is not a user of this company.");
        else if (!type.IsTherapist())
            errors.Add("assignedTherapistId", $"The assigned therapist must be a PT, OT or SLP; this user is {type.WithArticle()}.");

        var pos = PlaceOfServiceOr(clinic);
        if (!Billing.PlaceOfService.TryParse(pos, out _))
            errors.Add("placeOfService", Billing.PlaceOfService.Rule);
        else if (pos != clinic.DefaultPlaceOfService && !clinic.AllowPlaceOfServiceChange && pos != before?.PlaceOfServiceOr(clinic))
            errors.Add("placeOfService",
                $"The place of service must be the clinic's default, {clinic.DefaultPlaceOfService}: " +
                $"{ClinicSettingLabels.Because(ClinicSettingLabels.AllowPlaceOfServiceChange, false)}.");

        if (ReferralId == Guid.Empty)
            errors.Add("referralId", AllZeros("referral", "a case without one"));
        else if (before is null && clinic.RequireReferral && ReferralId is null)
            errors.Add("referralId",
                $"A referral is required: {ClinicSettingLabels.Because(ClinicSettingLabels.RequireReferral, true)}. " +
                "Record the referring physician, or the marketing source when no physician referred the patient.");

        Icd10Code.ValidateList(errors, "treatingDiagnosisCodes", TreatingDiagnosisCodes);

        if (Authorization is { } authorization)
            authorization.Validate(errors, "authorization.");
        else if (primaryPayer is { AuthorizationRequired: true })
            errors.Add("authorization", $"{primaryPayer.Name} requires an authorization: enter the authorized visits and their dates.");
        return errors;
    }

    // An all-zero id names no record: it is refused, never read as "none".
    private static string AllZeros(string what, string whenNone) =>
        $"The {what} id is all zeros, which names no {what}; choose one of the patient's, "
        + $"or leave it out for {whenNone}.";
}
