using Rehab.Core.Billing;
using Rehab.Core.Billing.Modifiers;
using static Rehab.Core.Tests.Billing.Modifiers.Visit;

namespace Rehab.Core.Tests.Billing.Modifiers;

// Issue 14 item 7: KX that cannot be decided blocks the Medicare note (BBA 2018 §50202: a line above the threshold
// without KX is denied), unless the clinician attests whether it applies.
public sealed class KxUndecidedTests
{
    private static readonly PayerModifierSettings Medicare = PayerModifierSettings.Medicare();
    private static readonly KxAttestation Applies =
        new(true, "Medicare summary shows $2,600 used this year.", "Pat Lee, PT");
    private static readonly KxAttestation DoesNotApply = new(false, "Medicare summary shows $900 used.", "Pat Lee, PT");

    private static ModifierOutcome Bill(TherapyYearToDate? yearToDate, KxAttestation? attestation = null,
        DateOnly? on = null) =>
        ModifierEngine.Apply(new ModifierRequest(on ?? DateOfService, Medicare, [Pt("97110", 2, therapist: 30)],
            YearToDate: yearToDate is null ? null
                : new Dictionary<TherapyBucket, TherapyYearToDate> { [TherapyBucket.PhysicalAndSpeech] = yearToDate },
            KxAttestation: attestation));

    private static TherapyYearToDate Unpriced(decimal before, decimal visit = 0m) =>
        new(before, visit) { NotPriced = ["the clinic has no Medicare fee-schedule locality"] };

    [Fact]
    public void A_visit_the_locality_cannot_price_is_undecided_while_the_known_amounts_are_within_the_threshold()
    {
        var outcome = Bill(Unpriced(1000m));

        var undecided = Assert.Single(outcome.KxUndecided);
        Assert.Equal(TherapyBucket.PhysicalAndSpeech, undecided.Bucket);
        Assert.Contains("no Medicare fee-schedule locality", undecided.Message);
        Assert.Contains("attest whether KX applies", undecided.Message);
        Assert.Equal(["97110-GP ×2"], outcome.Claim());
    }

    [Fact]
    public void Prior_provider_amounts_alone_above_the_threshold_decide_KX_without_a_price_for_the_visit()
    {
        var outcome = Bill(Unpriced(2600m));

        Assert.Empty(outcome.KxUndecided);
        Assert.Equal(["97110-GP-KX ×2"], outcome.Claim());
    }

    [Fact]
    public void A_year_the_threshold_table_lacks_is_undecided()
    {
        var outcome = Bill(new TherapyYearToDate(0m, 60m), on: new DateOnly(2031, 3, 10));

        Assert.Contains("no amounts for 2031", Assert.Single(outcome.KxUndecided).Message);
    }

    [Fact]
    public void Unknown_spending_is_undecided() =>
        Assert.Contains("not known", Assert.Single(Bill(yearToDate: null).KxUndecided).Message);

    [Fact]
    public void An_attestation_that_KX_applies_adds_KX_with_who_and_why()
    {
        var outcome = Bill(Unpriced(1000m), Applies);

        Assert.Empty(outcome.KxUndecided);
        Assert.Equal(["97110-GP-KX ×2"], outcome.Claim());
        var why = outcome.For("97110").Explanations.Single(e => e.StartsWith("KX:", StringComparison.Ordinal));
        Assert.Contains("Pat Lee, PT attests that KX applies: Medicare summary shows $2,600", why);
    }

    [Fact]
    public void An_attestation_that_KX_does_not_apply_bills_without_it_and_says_so()
    {
        var outcome = Bill(Unpriced(1000m), DoesNotApply);

        Assert.Empty(outcome.KxUndecided);
        Assert.Equal(["97110-GP ×2"], outcome.Claim());
        Assert.Contains(outcome.For("97110").Explanations, e => e.Contains("attests that KX does not apply"));
    }

    [Fact]
    public void An_attestation_never_overrides_a_decision_the_engine_can_make()
    {
        var priced = new TherapyYearToDate(2600m, 62m);

        Assert.Equal(["97110-GP-KX ×2"], Bill(priced, DoesNotApply).Claim());
        Assert.Equal(["97110-GP ×2"], Bill(new TherapyYearToDate(100m, 62m), Applies).Claim());
    }

    [Fact]
    public void A_payer_without_the_threshold_is_never_undecided() =>
        Assert.Empty(ModifierEngine.Apply(new ModifierRequest(DateOfService, PayerModifierSettings.None("Aetna"),
            [Pt("97110", 2, therapist: 30)])).KxUndecided);

    [Theory]
    [InlineData(null, "Medicare summary", "kxAttestation.applies")]
    [InlineData(true, " ", "kxAttestation.reason")]
    public void An_attestation_names_whether_and_why(bool? applies, string reason, string field)
    {
        var errors = new Rehab.Core.Common.ValidationErrors();
        KxAttestation.Validate(applies, reason, errors);
        Assert.Equal([field], errors.ToDictionary().Keys);
    }
}
