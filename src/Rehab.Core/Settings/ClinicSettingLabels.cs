namespace Rehab.Core.Settings;

/// <summary>Clinic settings as the Clinic Settings page labels them, so that a refusal names the setting behind it.</summary>
public static class ClinicSettingLabels
{
    public const string AllowPlaceOfServiceChange = "Users may change place of service";
    public const string RequireReferral = "Require a referral for every new case";

    /// <summary>The end of a refusal that a setting causes, such as: the clinic setting "Require a referral for every new case" is on.</summary>
    public static string Because(string label, bool on) => $"the clinic setting \"{label}\" is {(on ? "on" : "off")}";
}
