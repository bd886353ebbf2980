using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rehab.Core.Cases;
using Rehab.Core.Documentation;
using Rehab.Core.Outcomes;
using static Rehab.Core.Tests.Documentation.Clinic;

namespace Rehab.Core.Tests.Documentation;

/// <summary>The finalization check finds nothing in a well-formed note, and a defect never hides another problem.</summary>
public sealed class FinalizationCheckPropertyTests
{
    // Codes no NCCI edit pairs with each other, and no add-ons.
    private static readonly string[] Timed = ["97110", "97112", "97116", "97535", "97032", "97035"];
    private static readonly string[] Untimed = ["97010", "97012", "97016"];

    private sealed record Example(NoteSummary Note, NoteContent Content, CaseFacts Case, DateOnly Today, SurveyScore? Survey);

    private static readonly Gen<ChargeLineDraft> TimedCharge =
        from code in Gen.Elements(Timed)
        from minutes in Gen.Choose(8, 60)
        from pos in Gen.Elements<string?>(null, "11")
        select Charge(code, minutes) with { PlaceOfService = pos };

    private static readonly Gen<ChargeLineDraft> UntimedCharge =
        from code in Gen.Elements(Untimed)
        from minutes in Gen.Choose(5, 30)
        select Charge(code, minutes);

    private static readonly Gen<Example> WellFormed =
        from type in Gen.Elements(NoteType.InitialEvaluation, NoteType.ProgressNote, NoteType.DischargeSummary)
        from label in Gen.Elements<ProgressNoteLabel?>(null, ProgressNoteLabel.Reevaluation, ProgressNoteLabel.Recertification)
        from timed in Gen.Choose(1, 3).SelectMany(n => Gen.ListOf(TimedCharge, n))
        from untimed in Gen.Choose(0, 2).SelectMany(n => Gen.ListOf(UntimedCharge, n))
        from charges in Gen.Shuffle(timed.Concat(untimed))
        from extra in Gen.Choose(0, 20)
        from diagnoses in Gen.SubListOf(new[] { "M54.50", "M25.561", "S83.511A", "R26.2" }).Where(d => d.Count > 0)
        from frequency in Gen.Choose(1, 7)
        from weeks in Gen.Choose(1, 52)
        from daysLater in Gen.Choose(0, 30)
        select new Example(
            Note(type) with { Label = type == NoteType.ProgressNote ? label : null },
            new NoteContent
            {
                Soap = new("Reports less pain.", "Measured.", "Improving.", "Continue."),
                Evaluation = new(["Pain with stairs"], [new("Stairs without rails")], new PlanOfCare(frequency, weeks)),
                Charges = [.. charges],
                TotalTreatmentMinutes = charges.Sum(c => c.Minutes!.Value) + extra,
            },
            new CaseFacts([.. diagnoses.Select(Icd10Code.Parse)], "11"),
            Today.AddDays(daysLater),
            OutcomeInstruments.Odi.Score([2, 1, 3, 2, 2, 3, 1, 2, 2, 0]).Value);

    /// <summary>Ways a note goes wrong, each found by the check on its own.</summary>
    private static readonly Func<Example, Example>[] Defects =
    [
        e => e with { Content = e.Content with { Charges = [e.Content.Charges[0] with { Minutes = null }, .. e.Content.Charges.Skip(1)] } },
        e => e with { Content = e.Content with { TotalTreatmentMinutes = 0 } },
        e => e with { Content = e.Content with { Charges = [.. e.Content.Charges, Charge("97018", 10), Charge("97022", 10)] } },
        e => e with { Survey = FinalizationCheckTests.IncompleteSurvey },
        e => e with { Case = e.Case with { TreatingDiagnoses = [] } },
        e => e with { Today = e.Note.DateOfService.AddDays(-1) },
        e => e with { Content = e.Content with { Charges = [.. e.Content.Charges.SkipLast(1), e.Content.Charges[^1] with { PlaceOfService = "12" }] } },
        e => e with { Content = e.Content with { Charges = [.. e.Content.Charges.SkipLast(1), e.Content.Charges[^1] with { AssistantMinutes = 61 }] } },
        e => e with { Content = e.Content with { Evaluation = null } },
        e => e with { Content = e.Content with { Charges = [.. e.Content.Charges, Charge("97130", 15)] } },
    ];

    private static int Problems(Example e) =>
        FinalizationCheck.Check(e.Note, e.Content,
            BillingFor(Rules(Therapist(), Medicare)) with
            {
                Edits = FinalizationCheckTests.EditsWithAnIndicator0Pair, KxAttestation = NoKx,
            },
            e.Case, e.Today, e.Survey).Problems.Count;

    [Property]
    public Property A_well_formed_note_has_no_problems() =>
        Prop.ForAll(WellFormed.ToArbitrary(), e => Problems(e) == 0);

    [Property]
    public Property Each_defect_alone_is_found() =>
        Prop.ForAll(WellFormed.ToArbitrary(), Gen.Choose(0, Defects.Length - 1).ToArbitrary(), (e, d) =>
            d == 8 && e.Note is not ({ Type: NoteType.InitialEvaluation } or { Label: ProgressNoteLabel.Recertification })
                ? Problems(Defects[d](e)) == 0 // only evaluations and recertifications need their parts
                : Problems(Defects[d](e)) >= 1);

    [Property]
    public Property Adding_a_defect_never_lowers_the_count() =>
        Prop.ForAll(WellFormed.ToArbitrary(), Gen.ListOf(Gen.Choose(0, Defects.Length - 1)).ToArbitrary(), (e, defects) =>
        {
            var count = Problems(e);
            foreach (var d in defects)
            {
                e = Defects[d](e);
                var next = Problems(e);
                if (next < count)
                    return false;
                count = next;
            }
            return true;
        });
}
