using Rehab.Core.Common;

namespace Rehab.Core.Licensing;

public enum LicenseAdjustmentDirection
{
    Add,
    Remove,
}

public enum LicenseAdjustmentStatus
{
    Pending,
    Approved,
    Rejected,
}

/// <summary>Why a clinic asks for more or fewer licenses; the account team reads it next to the invoice.</summary>
public enum LicenseAdjustmentReason
{
    NewHire,
    SeasonalStaff,
    StaffLeft,
    ClinicOpened,
    ClinicClosed,
    Other,
}

/// <summary>A clinic's request to buy or release licenses, decided by the vendor's account team.</summary>
public sealed class LicenseAdjustmentRequest : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CompanyId { get; set; }
    public Guid ClinicId { get; set; }
    public LicenseAdjustmentDirection Direction { get; set; }
    public int TherapistCount { get; set; }
    public int AssistantCount { get; set; }
    public int StudentCount { get; set; }
    public LicenseAdjustmentReason Reason { get; set; }
    public string? Explanation { get; set; }
    public LicenseAdjustmentStatus Status { get; set; }
    public Guid? RequestedByUserId { get; set; }
    public string? RequestedByUserName { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public string? DecidedByUserName { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecisionNote { get; set; }

    public int CountOf(LicenseClass licenseClass) => licenseClass switch
    {
        LicenseClass.Therapist => TherapistCount,
        LicenseClass.Assistant => AssistantCount,
        LicenseClass.Student => StudentCount,
        _ => 0,
    };
}

public static class LicenseAdjustmentRules
{
    public const int ExplanationMaxLength = 2000;
    public const int MaxCountPerClass = 500;

    /// <summary>Checks a new request: at least one license, counts within range, an explanation for a removal.</summary>
    public static ValidationErrors Validate(LicenseAdjustmentDirection? direction, int therapists, int assistants, int students,
        LicenseAdjustmentReason? reason, string? explanation)
    {
        var errors = new ValidationErrors();
        if (direction is null)
            errors.Add("direction", "Choose Add or Remove.");
        foreach (var (field, count) in new[] { ("therapistCount", therapists), ("assistantCount", assistants), ("studentCount", students) })
            if (count is < 0 or > MaxCountPerClass)
                errors.Add(field, $"A count must be between 0 and {MaxCountPerClass}.");
        if (therapists + assistants + students == 0 && therapists >= 0 && assistants >= 0 && students >= 0)
            errors.Add("therapistCount", "Ask for at least one license of some class.");
        if (reason is null)
            errors.Add("reason", "Choose a reason.");
        if (direction == LicenseAdjustmentDirection.Remove && string.IsNullOrWhiteSpace(explanation))
            errors.Add("explanation", "Explain why licenses are removed; the account team needs it to change the invoice.");
        errors.MaxLength("explanation", explanation, "Explanation", ExplanationMaxLength);
        return errors;
    }

    /// <summary>
    /// Checks that approving a removal leaves every class at or above what active users hold; the error names the class.
    /// </summary>
    public static ValidationErrors ValidateRemoval(LicenseAdjustmentRequest request, IReadOnlyList<LicenseCount> clinicCounts)
    {
        var errors = new ValidationErrors();
        if (request.Direction != LicenseAdjustmentDirection.Remove)
            return errors;
        foreach (var licenseClass in LicenseClasses.Paid)
        {
            var remove = request.CountOf(licenseClass);
            var count = clinicCounts.FirstOrDefault(c => c.LicenseClass == licenseClass)
                        ?? new LicenseCount(request.ClinicId, licenseClass, 0, 0, 0);
            if (remove > 0 && !count.CanRemove(remove))
                errors.Add(licenseClass.ToString(),
                    $"Removing {remove} {licenseClass} license(s) would leave {count.Purchased - remove}, but {count.Assigned} active user(s) hold one.");
        }
        return errors;
    }
}
