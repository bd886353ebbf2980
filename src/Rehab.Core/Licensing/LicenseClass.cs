using Rehab.Core.Users;

namespace Rehab.Core.Licensing;

/// <summary>What a user type consumes of the licenses the company bought, per clinic.</summary>
public enum LicenseClass
{
    Therapist,
    Assistant,
    Student,
    /// <summary>Front office and billing staff: free and unlimited.</summary>
    Clerical,
}

public static class LicenseClasses
{
    public static readonly IReadOnlyList<LicenseClass> Paid = [LicenseClass.Therapist, LicenseClass.Assistant, LicenseClass.Student];

    public static LicenseClass Of(UserType type) =>
        type.IsTherapist() ? LicenseClass.Therapist
        : type.IsAssistant() ? LicenseClass.Assistant
        : type.IsStudent() ? LicenseClass.Student
        : LicenseClass.Clerical;

    public static bool IsFree(this LicenseClass licenseClass) => licenseClass == LicenseClass.Clerical;
}
