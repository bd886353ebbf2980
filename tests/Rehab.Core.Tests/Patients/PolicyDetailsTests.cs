using Rehab.Core.Billing.Threshold;
using Rehab.Core.Patients;
using Rehab.Core.Settings;

namespace Rehab.Core.Tests.Patients;

public sealed class PolicyDetailsTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    private static PolicyDetails Valid() => new(Guid.NewGuid(), "1EG4-TE5-MK73");

    private static string[] Fields(PolicyDetails policy, InsuranceType type = InsuranceType.Medicare) =>
        [.. policy.Validate(type, Today).ToDictionary().Keys];

    [Fact]
    public void A_payer_and_member_id_are_enough_for_the_patient_s_own_policy() => Assert.Empty(Fields(Valid()));

    public static TheoryData<string, string> Refusals => new()
    {
        { "payerId", "no payer" },
        { "memberId", "no member id" },
        { "memberId", "member id of 21 characters" },
        { "groupNumber", "group number of 16 characters" },
        { "priority", "undefined priority" },
        { "relationship", "undefined relationship" },
        { "effectiveTo", "ends before it starts" },
        { "effectiveTo", "ends 9999-12-31" },
        { "effectiveFrom", "starts 1899-12-31" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Each_rule_names_its_field(string field, string defect)
    {
        var policy = defect switch
        {
            "no payer" => Valid() with { PayerId = Guid.Empty },
            "no member id" => Valid() with { MemberId = null },
            "member id of 21 characters" => Valid() with { MemberId = new string('9', 21) },
            "group number of 16 characters" => Valid() with { GroupNumber = new string('9', 16) },
            "undefined priority" => Valid() with { Priority = (PolicyPriority)9 },
            "undefined relationship" => Valid() with { Relationship = (SubscriberRelationship)9 },
            "ends 9999-12-31" => Valid() with { EffectiveFrom = new(2026, 1, 1), EffectiveTo = DateOnly.MaxValue },
            "starts 1899-12-31" => Valid() with { EffectiveFrom = new(1899, 12, 31) },
            _ => Valid() with { EffectiveFrom = new(2026, 2, 1), EffectiveTo = new(2026, 1, 31) },
        };

        Assert.Equal([field], Fields(policy));
    }

    [Fact]
    public void A_policy_may_end_up_to_five_years_ahead_and_be_open_ended() =>
        Assert.Empty(Fields(Valid() with { EffectiveFrom = Today.AddDays(30), EffectiveTo = Today.AddYears(5) }));

    [Theory]
    [InlineData(SubscriberRelationship.Spouse)]
    [InlineData(SubscriberRelationship.Child)]
    [InlineData(SubscriberRelationship.Other)]
    public void The_subscriber_is_named_when_it_is_not_the_patient(SubscriberRelationship relationship)
    {
        Assert.Equal(["subscriberName"], Fields(Valid() with { Relationship = relationship }, InsuranceType.PPO));
        Assert.Empty(Fields(Valid() with { Relationship = relationship, SubscriberName = "Alex Reyes" }, InsuranceType.PPO));
    }

    [Theory]
    [InlineData(2026, 1, 1, true)]
    [InlineData(2025, 12, 31, false)]
    [InlineData(2026, 12, 31, true)]
    [InlineData(2027, 1, 1, false)]
    public void A_policy_is_in_effect_between_its_dates_inclusive(int y, int m, int d, bool inEffect)
    {
        var policy = Valid() with { EffectiveFrom = new(2026, 1, 1), EffectiveTo = new(2026, 12, 31) };

        Assert.Equal(inEffect, policy.IsInEffectOn(new(y, m, d)));
        Assert.True(Valid().IsInEffectOn(new(y, m, d)));
        Assert.Empty(Fields(policy with { EffectiveTo = policy.EffectiveFrom }));
    }

    [Fact]
    public void Prior_providers_amounts_are_kept_per_year_on_medicare_policies()
    {
        var policy = Valid() with { MedicarePriorAmounts = [new(2025, 1200m, 0m), new(2026, 310.50m, 95m)] };

        Assert.Empty(Fields(policy));
        Assert.Equal(new PriorProviderAmount(2026, 310.50m, 95m), policy.PriorAmountsFor(2026)!.ToPriorProviderAmount());
        Assert.Null(policy.PriorAmountsFor(2024));
    }

    [Theory]
    [InlineData(InsuranceType.MedicareReplacement)]
    [InlineData(InsuranceType.PPO)]
    public void Other_payers_keep_no_prior_amounts(InsuranceType type)
    {
        var message = (Valid() with { MedicarePriorAmounts = [new(2026, 10m, 0m)] }).Validate(type, Today).ToDictionary()["medicarePriorAmounts"].Single();

        Assert.Contains($"this payer is {type.DisplayName()}", message);
    }

    [Fact]
    public void A_year_is_entered_once()
    {
        var policy = Valid() with { MedicarePriorAmounts = [new(2026, 10m, 0m), new(2026, 20m, 0m)] };

        Assert.Equal(["medicarePriorAmounts"], Fields(policy));
    }

    public static TheoryData<MedicarePriorAmounts, string> BadAmounts => new()
    {
        { new(2026, -1m, 0m), "medicarePriorAmounts[0].physicalAndSpeech" },
        { new(2026, 0m, -0.01m), "medicarePriorAmounts[0].occupational" },
        { new(2026, 10.005m, 0m), "medicarePriorAmounts[0].physicalAndSpeech" },
        { new(2017, 0m, 0m), "medicarePriorAmounts[0].year" },
        { new(2027, 0m, 0m), "medicarePriorAmounts[0].year" },
    };

    [Theory]
    [MemberData(nameof(BadAmounts))]
    public void Amounts_are_dollars_and_cents_not_below_zero_for_a_year_from_2018_to_this_one(MedicarePriorAmounts amounts, string field) =>
        Assert.Equal([field], Fields(Valid() with { MedicarePriorAmounts = [amounts] }));
}
