using Rehab.Core.Billing.Threshold;
using Rehab.Core.Settings;

namespace Rehab.Core.Tests.Settings;

public sealed class ClinicDriftTests
{
    private static readonly ClinicSettings Standard = new()
    {
        MedicareFeeSchedule = new(FeeScheduleLocality.Create("01112", "05"), FacilityType.NonInstitutional),
    };

    private static readonly IReadOnlyList<(string, ClinicSettings)> ThreeClinics =
    [
        ("Downtown", Standard),
        ("Northside", Standard with { RequireReferral = true }),
        ("Lakeside", Standard with { AssistantFinalization = false, MedicareFeeSchedule = null }),
    ];

    [Fact]
    public void Clinics_that_differ_from_the_majority_are_named_per_setting()
    {
        var drifts = ClinicDrift.Find(ThreeClinics);

        Assert.Equal(["Assistant note finalization", "Medicare fee schedule", "Require referral"], drifts.Select(d => d.Setting));
        var finalization = drifts[0];
        Assert.Equal("on", finalization.ExpectedValue);
        Assert.Equal("the majority of clinics", finalization.Basis);
        Assert.Equal([new ClinicValue("Lakeside", "off")], finalization.Differing);
        Assert.Equal("not chosen", Assert.Single(drifts[1].Differing).Value);
        Assert.Equal("Northside", Assert.Single(drifts[2].Differing).Clinic);
    }

    [Fact]
    public void Clinics_are_compared_with_a_reference_clinic_when_one_is_chosen()
    {
        var drifts = ClinicDrift.Find(ThreeClinics, "Northside");

        var referral = Assert.Single(drifts, d => d.Setting == "Require referral");
        Assert.Equal("on", referral.ExpectedValue);
        Assert.Equal(["Downtown", "Lakeside"], referral.Differing.Select(c => c.Clinic));
        Assert.Contains("Northside", referral.Basis);
    }

    [Fact]
    public void Without_a_majority_every_clinic_is_listed()
    {
        var drifts = ClinicDrift.Find([
            ("A", new ClinicSettings { DefaultPlaceOfService = "11" }),
            ("B", new ClinicSettings { DefaultPlaceOfService = "12" }),
            ("C", new ClinicSettings { DefaultPlaceOfService = "22" }),
        ]);

        var pos = Assert.Single(drifts);
        Assert.Null(pos.ExpectedValue);
        Assert.Equal(3, pos.Differing.Count);
    }

    [Fact]
    public void Identical_clinics_have_no_drift() =>
        Assert.Empty(ClinicDrift.Find([("A", Standard), ("B", Standard), ("C", Standard)]));
}
