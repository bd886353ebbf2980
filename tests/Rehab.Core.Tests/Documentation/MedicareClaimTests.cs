using Rehab.Core.Billing;
using Rehab.Core.Billing.Threshold;
using Rehab.Core.Documentation;
using Rehab.Core.Settings;
using Rehab.Core.Tests.Billing.Threshold;
using static Rehab.Core.Tests.Documentation.Clinic;

namespace Rehab.Core.Tests.Documentation;

// Issue 14 items 4, 7 and 9 as the note's billing and finalization see them.
public sealed class MedicareClaimTests
{
    private static readonly PayerSettings Aetna = AetnaPpo with { AppliesTherapyModifiers = true };

    private static NoteBillingContext AetnaThenMedicare(PayerRules payerRules = PayerRules.DeferToPrimary) =>
        BillingFor(Rules(Therapist(), Aetna, Medicare, company: new CompanySettings { PayerRules = payerRules }),
            Aetna.Name);

    // billing-rules.md §1.5 (not verified there; CMS HCPCS: 97014 is not valid for Medicare, G0283 is).
    [Fact]
    public void Medicare_takes_G0283_not_97014_and_the_editor_refuses_97014_with_the_replacement()
    {
        var billing = NoteBilling.Compute([Charge("97014", 15), Charge("97110", 23)],
            BillingFor(Rules(Therapist(), Medicare)));

        var problem = Assert.Single(billing.Problems);
        Assert.Equal("charges[0].code", problem.Field);
        Assert.Contains("Medicare does not pay 97014; bill G0283", problem.Message);
        Assert.Equal(2, billing.Lines[1].Units);
    }

    [Fact]
    public void A_Medicare_secondary_refuses_97014_too_and_other_payers_take_it()
    {
        Assert.Single(NoteBilling.Compute([Charge("97014", 15)], AetnaThenMedicare()).Problems);
        var aetnaAlone = NoteBilling.Compute([Charge("97014", 15)], BillingFor(Rules(Therapist(), Aetna), Aetna.Name));
        Assert.Empty(aetnaAlone.Problems);
        Assert.Equal(1, aetnaAlone.Lines[0].Units);
    }

    // MPFS status B: 97010 is bundled into the day's other services.
    [Fact]
    public void Medicare_bills_97010_as_0_units_with_the_reason()
    {
        var billing = NoteBilling.Compute([Charge("97010", 10), Charge("97110", 23)],
            BillingFor(Rules(Therapist(), Medicare)));

        Assert.Empty(billing.Problems);
        Assert.Equal(0, billing.Lines[0].Units);
        Assert.Contains("Medicare bundles 97010", billing.Lines[0].Explanation);
        Assert.Empty(billing.Lines[0].ClaimLines);
        Assert.Equal(2, billing.TotalUnits);
        Assert.Equal(1,
            NoteBilling.Compute([Charge("97010", 10)], BillingFor(Rules(Therapist(), Aetna), Aetna.Name)).TotalUnits);
    }

    // Pub. 100-04 Ch. 5 §20.2 Example 1: 97112 24 + 97110 23 min is 3 units by CMS, 4 by the Rule of 8s.
    [Fact]
    public void A_Rule_of_8s_day_warns_that_the_Medicare_secondary_claim_carries_more_units_than_CMS_allows()
    {
        var deferring = NoteBilling.Compute([Charge("97112", 24), Charge("97110", 23)], AetnaThenMedicare());
        var eightMinute = NoteBilling.Compute([Charge("97112", 24), Charge("97110", 23)],
            AetnaThenMedicare(PayerRules.DeferToEightMinute));

        Assert.Equal(4, deferring.TotalUnits);
        Assert.Contains(deferring.Days[0].Warnings,
            w => w.Contains("Medicare claim will carry 4 units where CMS allows 3"));
        Assert.Equal(3, eightMinute.TotalUnits);
        Assert.DoesNotContain(eightMinute.Days[0].Warnings, w => w.Contains("Medicare claim will carry"));
    }

    // The case: Aetna primary, Medicare secondary, over the threshold, a PTA's visit.
    [Fact]
    public void An_Aetna_primary_Medicare_secondary_visit_over_the_threshold_gets_GP_CQ_and_KX()
    {
        var spending = new MedicareSpending(Fees.PrivatePractice, Fees.Standard, [],
            [new PriorProviderAmount(Today.Year, 2600m, 0m)]);
        var context = AetnaThenMedicare(PayerRules.DeferToEightMinute) with
        {
            MedicareSpending = spending, WrittenBy = Rehab.Core.Users.UserType.PTA,
        };

        var billing = NoteBilling.Compute([Charge("97110", 30)], context);

        Assert.Equal(["97110-GP-CQ-KX ×2"], billing.Lines[0].ClaimLines.Select(c => c.ToString()));
    }

    [Fact]
    public void A_Medicare_note_whose_KX_cannot_be_decided_is_not_finalized_until_attested()
    {
        var noLocality =
            new MedicareSpending(null, Fees.Standard, [], [new PriorProviderAmount(Today.Year, 1000m, 0m)]);
        var content = new NoteContent
        {
            Soap = new("Knee pain 3/10.", "Flexion 0-120.", "Progressing.", "Continue."),
            Charges = [Charge("97110", 30)], TotalTreatmentMinutes = 30,
        };
        var note = Note(NoteType.DailyNote);
        var context = BillingFor(Rules(Therapist(), Medicare with { RequireOutcomeSurvey = false }))
            with { MedicareSpending = noLocality };

        var refused = FinalizationCheck.Check(note, content, context, CaseWithDiagnosis, Today);
        var attested =
            FinalizationCheck.Check(note, content, context with { KxAttestation = NoKx }, CaseWithDiagnosis, Today);

        var problem = Assert.Single(refused.Problems);
        Assert.Equal("kxAttestation", problem.Field);
        Assert.Contains("no Medicare fee-schedule locality", problem.Message);
        Assert.Empty(attested.Problems);
    }

    [Fact]
    public void A_locality_without_imported_amounts_names_the_locality_to_import()
    {
        var elsewhere = new MedicareFeeScheduleSetting(Fees.RestOfState, FacilityType.NonInstitutional);
        var spending = new MedicareSpending(elsewhere, Fees.Standard, [], []);

        var billing = NoteBilling.Compute([Charge("97110", 30)],
            BillingFor(Rules(Therapist(), Medicare)) with { MedicareSpending = spending });

        var undecided = Assert.Single(billing.Days[0].KxUndecided);
        Assert.Contains($"no 2026 amounts for the clinic's locality ({Fees.RestOfState}", undecided.Message);
    }
}
