using Rehab.Core.Cases;
using Rehab.Core.Settings;
using Rehab.Core.Users;

namespace Rehab.Core.Tests.Cases;

public sealed class CaseDetailsTests
{
    private static readonly Guid Policy = Guid.NewGuid();
    private static readonly ClinicSettings Clinic = new();

    private static CaseDetails Valid() => new("Right knee pain", Policy, Guid.NewGuid())
    {
        TreatingDiagnosisCodes = ["m25561", "M54.50"],
    };

    private static string[] Fields(CaseDetails details, ClinicSettings? clinic = null, UserType? therapist = UserType.PT,
        CaseDetails? before = null, PayerSettings? payer = null) =>
        [.. details.Validate(clinic ?? Clinic, therapist, before, payer).ToDictionary().Keys];

    [Fact]
    public void A_case_with_the_clinic_s_place_of_service_and_no_referral_is_valid_where_none_is_required()
    {
        var details = Valid();

        Assert.Empty(Fields(details));
        Assert.Equal("11", details.PlaceOfServiceOr(Clinic));
        Assert.Equal(["M25.561", "M54.50"], details.TreatingDiagnoses().Select(d => d.Value));
    }

    [Fact]
    public void Diagnoses_may_wait_for_the_evaluation() => Assert.Empty(Fields(Valid() with { TreatingDiagnosisCodes = [] }));

    public static TheoryData<string, string> Refusals => new()
    {
        { "title", "no title" },
        { "primaryPolicyId", "no primary policy" },
        { "secondaryPolicyId", "secondary is the primary" },
        { "secondaryPolicyId", "all-zero secondary policy" },
        { "referralId", "all-zero referral" },
        { "assignedTherapistId", "no therapist" },
        { "treatingDiagnosisCodes[1]", "malformed diagnosis" },
        { "treatingDiagnosisCodes[1]", "repeated diagnosis" },
        { "treatingDiagnosisCodes", "thirteen diagnoses" },
        { "authorization.visits", "no authorized visits" },
        { "authorization.endDate", "authorization ends before it starts" },
        { "placeOfService", "malformed place of service" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Each_rule_names_its_field(string field, string defect)
    {
        var details = defect switch
        {
            "no title" => Valid() with { Title = " " },
            "no primary policy" => Valid() with { PrimaryPolicyId = Guid.Empty },
            "secondary is the primary" => Valid() with { SecondaryPolicyId = Policy },
            "all-zero secondary policy" => Valid() with { SecondaryPolicyId = Guid.Empty },
            "all-zero referral" => Valid() with { ReferralId = Guid.Empty },
            "no therapist" => Valid() with { AssignedTherapistId = null },
            "malformed diagnosis" => Valid() with { TreatingDiagnosisCodes = ["M54.50", "M54.5.0"] },
            "repeated diagnosis" => Valid() with { TreatingDiagnosisCodes = ["M54.50", "m5450"] },
            "thirteen diagnoses" => Valid() with { TreatingDiagnosisCodes = [.. Enumerable.Range(10, 13).Select(i => $"M{i}")] },
            "no authorized visits" => Valid() with { Authorization = new(0, new(2026, 1, 1), new(2026, 3, 31)) },
            "authorization ends before it starts" => Valid() with { Authorization = new(12, new(2026, 3, 31), new(2026, 1, 1)) },
            _ => Valid() with { PlaceOfService = "1" },
        };

        Assert.Equal([field], Fields(details, new ClinicSettings { AllowPlaceOfServiceChange = true }));
    }

    [Fact]
    public void A_repeated_diagnosis_points_at_its_first_place()
    {
        var errors = (Valid() with { TreatingDiagnosisCodes = ["M54.50", "R26.2", "m5450"] }).Validate(Clinic, UserType.PT).ToDictionary();

        Assert.Equal("M54.50 is already diagnosis 1; list each diagnosis once.", errors["treatingDiagnosisCodes[2]"].Single());
    }

    [Theory]
    [InlineData(UserType.PTA)]
    [InlineData(UserType.SPT)]
    [InlineData(UserType.Clerical)]
    public void The_assigned_therapist_is_a_therapist(UserType type)
    {
        var message = Valid().Validate(Clinic, type).ToDictionary()["assignedTherapistId"].Single();

        Assert.StartsWith("The assigned therapist must be a PT, OT or SLP", message);
        Assert.Equal(["assignedTherapistId"], Fields(Valid(), therapist: null));
    }

    [Fact]
    public void The_place_of_service_differs_from_the_clinic_s_only_when_the_clinic_allows_it_and_the_refusal_names_the_setting()
    {
        var home = Valid() with { PlaceOfService = "12" };

        var message = home.Validate(Clinic, UserType.PT).ToDictionary()["placeOfService"].Single();

        Assert.Equal("The place of service must be the clinic's default, 11: the clinic setting \"Users may change place of service\" is off.", message);
        Assert.Empty(Fields(home, new ClinicSettings { AllowPlaceOfServiceChange = true }));
        Assert.Empty(Fields(Valid() with { PlaceOfService = "11" }));
    }

    [Fact]
    public void A_place_of_service_set_while_it_was_allowed_may_stay_on_an_edited_case()
    {
        var home = Valid() with { PlaceOfService = "12" };

        Assert.Empty(Fields(home with { Title = "Renamed" }, before: home));
        Assert.Equal(["placeOfService"], Fields(home with { PlaceOfService = "13" }, before: home));
    }

    [Fact]
    public void A_new_case_needs_a_referral_when_the_clinic_requires_one_and_the_refusal_names_the_setting()
    {
        var clinic = new ClinicSettings { RequireReferral = true };

        var message = Valid().Validate(clinic, UserType.PT).ToDictionary()["referralId"].Single();

        Assert.StartsWith("A referral is required: the clinic setting \"Require a referral for every new case\" is on.", message);
        Assert.Empty(Fields(Valid() with { ReferralId = Guid.NewGuid() }, clinic));
        Assert.Empty(Fields(Valid(), clinic, before: Valid()));
    }

    [Fact]
    public void A_payer_that_requires_authorization_needs_one_on_the_case()
    {
        var payer = new PayerSettings { Name = "UHC Choice Plus", AuthorizationRequired = true };

        var message = Valid().Validate(Clinic, UserType.PT, primaryPayer: payer).ToDictionary()["authorization"].Single();

        Assert.StartsWith("UHC Choice Plus requires an authorization", message);
        Assert.Empty(Fields(Valid() with { Authorization = new(12, new(2026, 1, 1), new(2026, 1, 1)) }, payer: payer));
    }

    [Theory]
    [InlineData(2025, 12, 31, false)]
    [InlineData(2026, 1, 1, true)]
    [InlineData(2026, 3, 31, true)]
    [InlineData(2026, 4, 1, false)]
    public void An_authorization_covers_its_dates_inclusive(int y, int m, int d, bool covered) =>
        Assert.Equal(covered, new AuthorizationDetails(12, new(2026, 1, 1), new(2026, 3, 31)).Covers(new(y, m, d)));
}
