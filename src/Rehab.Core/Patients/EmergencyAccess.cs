using Rehab.Core.Common;
using Rehab.Core.Users;

namespace Rehab.Core.Patients;

/// <summary>Why a clinician opens a chart outside their clinics, as the review list groups the events.</summary>
public enum EmergencyReason
{
    PatientSafety,
    CoveringAnotherClinic,
    UnscheduledVisit,
    Other,
}

/// <summary>
/// A clinician's request to break the glass: the patient named exactly (medical record number, or last name and
/// date of birth), never found by browsing, and the reason in the clinician's words.
/// </summary>
public sealed record EmergencyAccessRequest(
    string? MedicalRecordNumber, string? LastName, DateOnly? DateOfBirth, EmergencyReason? Category, string? Reason);

/// <summary>
/// Emergency access to one patient's chart outside the user's clinics (ONC 170.315(d)(6)): read-only, for a fixed
/// time, with a reason that every read of the chart carries into the audit log.
/// </summary>
public static class EmergencyAccess
{
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(60);
    public const int ReasonMinLength = 20;
    public const int ReasonMaxLength = 500;

    /// <summary>
    /// Licensed clinicians only: therapists and their assistants treat patients on their own license. Students work
    /// under a supervisor's license, so the supervising therapist breaks the glass; office staff never see charts.
    /// </summary>
    public static string? WhyNot(UserType type) =>
        type.IsTherapist() || type.IsAssistant() ? null
        : type.IsStudent()
            ? $"Students ({type}) cannot break the glass: ask your supervising therapist to open the chart."
            : $"Only licensed clinicians (therapists and assistants) may break the glass, not {type.WithArticle()}.";

    public static string Describe(EmergencyReason reason) => reason switch
    {
        EmergencyReason.PatientSafety => "Patient safety: urgent care needs the chart",
        EmergencyReason.CoveringAnotherClinic => "Covering for a colleague of another clinic",
        EmergencyReason.UnscheduledVisit => "The patient came to my clinic without an appointment",
        _ => "Other (explained in the reason)",
    };

    public static ValidationErrors Validate(EmergencyAccessRequest request)
    {
        var errors = new ValidationErrors();
        var mrn = request.MedicalRecordNumber?.Trim();
        if (string.IsNullOrEmpty(mrn))
        {
            if (string.IsNullOrWhiteSpace(request.LastName) || request.DateOfBirth is null)
                errors.Add("medicalRecordNumber",
                    "Name the patient exactly: their medical record number, or their last name and date of birth.");
            errors.MaxLength("lastName", request.LastName?.Trim(), "Last name", PatientDetails.NameMaxLength);
        }
        else
        {
            errors.MaxLength("medicalRecordNumber", mrn, "Medical record number",
                PatientDetails.MedicalRecordNumberMaxLength);
        }
        if (request.Category is not { } category || !Enum.IsDefined(category))
            errors.Add("category", "Choose why you need the chart: "
                                   + string.Join(", ", Enum.GetNames<EmergencyReason>()) + ".");
        var reason = request.Reason?.Trim() ?? "";
        if (reason.Length < ReasonMinLength)
            errors.Add("reason", $"Explain in at least {ReasonMinLength} characters why you need this chart now; "
                                 + "the company's administrators review every emergency access.");
        else
            errors.MaxLength("reason", reason, "Reason", ReasonMaxLength);
        return errors;
    }
}
