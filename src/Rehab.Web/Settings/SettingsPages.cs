namespace Rehab.Web.Settings;

/// <summary>Where the settings pages live, for links from other pages and from review findings.</summary>
public static class SettingsPages
{
    public static string Payer(Guid id) => $"/Settings/Payers/Edit/{id}";

    public static string Clinic(Guid id) => $"/Settings/Clinics/{id}";

    /// <summary>The clinic's Medicare fee-schedule fieldset, which the login alert for a clinic without a locality links to.</summary>
    public static string ClinicFeeSchedule(Guid id) => $"{Clinic(id)}#{FeeScheduleAnchor}";

    public const string FeeScheduleAnchor = "medicare-fee-schedule";
}
