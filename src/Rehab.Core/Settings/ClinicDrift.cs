namespace Rehab.Core.Settings;

/// <summary>A clinic's value of one setting.</summary>
public sealed record ClinicValue(string Clinic, string Value);

/// <summary>One clinic setting on which some clinics differ from the expected value (null when no value has a majority).</summary>
public sealed record SettingDrift(string Setting, string? ExpectedValue, string Basis, IReadOnlyList<ClinicValue> Differing);

/// <summary>Clinic settings that differ between the company's clinics.</summary>
public static class ClinicDrift
{
    private static readonly (string Name, Func<ClinicSettings, string> Value)[] Settings =
    [
        ("Assistant note finalization", c => OnOff(c.AssistantFinalization)),
        ("Supervision wording", c => c.SupervisionWording),
        ("Medicare fee schedule", c => c.MedicareFeeSchedule is { } f ? $"{f.Locality}, {f.FacilityType}" : "not chosen"),
        ("Default place of service", c => Billing.PlaceOfService.Describe(c.DefaultPlaceOfService)),
        ("Users may change place of service", c => OnOff(c.AllowPlaceOfServiceChange)),
        ("Require referral", c => OnOff(c.RequireReferral)),
        ("Password expiry", c => c.PasswordExpiry.ToString()),
        ("Outcomes extra questions", c => OnOff(c.OutcomesExtraQuestions)),
        ("Outcomes recommend question", c => OnOff(c.OutcomesRecommendQuestion)),
        ("Medicare threshold chart alert", c => OnOff(c.ThresholdAlerts.ChartAlert)),
        ("Medicare review-amount alert", c => OnOff(c.ThresholdAlerts.ReviewAmountAlert)),
        ("Medicare threshold on scheduler", c => OnOff(c.ThresholdAlerts.SchedulerDisplay)),
    ];

    /// <summary>The clinic settings compared, in display order.</summary>
    public static IReadOnlyList<string> Names { get; } = Settings.Select(s => s.Name).ToList();

    /// <summary>A clinic's values, in the order of <see cref="Names"/>.</summary>
    public static IReadOnlyList<string> ValuesOf(ClinicSettings clinic) => Settings.Select(s => s.Value(clinic)).ToList();

    /// <param name="referenceClinic">When given, clinics are compared with this clinic instead of the majority.</param>
    public static IReadOnlyList<SettingDrift> Find(IReadOnlyList<(string Clinic, ClinicSettings Settings)> clinics, string? referenceClinic = null)
    {
        (string Clinic, ClinicSettings Settings)? reference = referenceClinic is null ? null : clinics.Single(c => c.Clinic == referenceClinic);
        var drifts = new List<SettingDrift>();
        foreach (var (name, value) in Settings)
        {
            var values = clinics.Select(c => new ClinicValue(c.Clinic, value(c.Settings))).ToList();
            string? expected;
            string basis;
            if (reference is { } r)
            {
                expected = value(r.Settings);
                basis = $"the reference clinic {r.Clinic}";
            }
            else if (values.Count == 0)
                continue;
            else
            {
                var top = values.GroupBy(v => v.Value, StringComparer.Ordinal).OrderByDescending(g => g.Count()).First();
                expected = top.Count() * 2 > values.Count ? top.Key : null;
                basis = expected is null ? "no value is held by a majority of clinics" : "the majority of clinics";
            }
            var differing = expected is null ? values : values.Where(v => v.Value != expected).ToList();
            if (values.Count > 0 && values.Select(v => v.Value).Distinct(StringComparer.Ordinal).Count() > 1)
                drifts.Add(new(name, expected, basis, differing));
        }
        return drifts;
    }

    private static string OnOff(bool on) => on ? "on" : "off";
}
