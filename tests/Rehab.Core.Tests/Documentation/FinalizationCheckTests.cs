using Rehab.Core.Billing;
using Rehab.Core.Billing.Modifiers;
using Rehab.Core.Common;
using Rehab.Core.Documentation;
using Rehab.Core.Outcomes;
using Rehab.Core.Settings;
using static Rehab.Core.Tests.Documentation.Clinic;

namespace Rehab.Core.Tests.Documentation;

public sealed class FinalizationCheckTests
{
    /// <summary>97018 and 97022 made a pair that allows no modifier, for the tests.</summary>
    internal static readonly NcciEditTable EditsWithAnIndicator0Pair = new(
        [.. NcciEditTable.Seed.Edits, new NcciEdit(ProcedureCode.Parse("97018"), ProcedureCode.Parse("97022"), NcciModifierIndicator.NotAllowed, new DateOnly(2020, 1, 1), null)]);

    private static readonly NoteSummary ProgressNote = Note(NoteType.ProgressNote);

    private static readonly NoteContent Complete = new()
    {
        Soap = new("Knee pain 3/10.", "Flexion 0-120.", "Progressing toward goals.", "Continue plan of care."),
        Evaluation = new(["Knee pain on stairs"], [new("Climb stairs without pain", GoalTerm.LongTerm)], new PlanOfCare(2, 6)),
        Charges = [Charge("97110", 23), Charge("97112", 15)],
        TotalTreatmentMinutes = 45,
    };

    /// <summary>An ODI with every section answered, and one stored unscored: sections 2, 5 and 8 unanswered.</summary>
    private static readonly SurveyScore CompleteSurvey = OutcomeInstruments.Odi.Score([2, 1, 3, 2, 2, 3, 1, 2, 2, 0]).Value!;
    internal static readonly SurveyScore IncompleteSurvey = Unscored(OutcomeInstruments.Odi, 2, 5, 8);

    private static SurveyScore Unscored(OutcomeInstrument instrument, params int[] missing)
    {
        var items = instrument.Items.Where(i => missing.Contains(i.Number)).ToList();
        return new SurveyScore(instrument.Code, 0, instrument.Items.Count - items.Count, instrument.Items.Count,
            items, null, "Not scored yet.")
        {
            MissingItemNames = [.. items.Select(instrument.ItemName)],
        };
    }

    /// <summary>The check of a note whose stored survey scored as given; a complete survey unless said otherwise.</summary>
    private static Decision Check(NoteSummary note, NoteContent content, PayerSettings? payer = null, ClinicSettings? clinic = null,
        CaseFacts? facts = null, DateOnly? today = null, SurveyScore? survey = null, bool noSurvey = false) =>
        FinalizationCheck.Check(note, content,
            BillingFor(Rules(Therapist(), payer ?? Medicare, clinic: clinic))
                with { Edits = EditsWithAnIndicator0Pair, KxAttestation = NoKx },
            facts ?? CaseWithDiagnosis, today ?? Today, noSurvey ? null : survey ?? CompleteSurvey);

    [Fact]
    public void A_complete_progress_note_has_no_problems() => Assert.Empty(Check(ProgressNote, Complete).Problems);

    public static TheoryData<string, string[]> Defects => new()
    {
        { "minutes missing", ["charges[0].minutes"] },
        { "minutes zero", ["charges[0].minutes"] },
        { "total below timed", ["totalTreatmentMinutes"] },
        { "total missing", ["totalTreatmentMinutes"] },
        { "indicator 0 pair", ["charges[3].code"] },
        { "survey missing", ["outcomeSurvey"] },
        { "survey incomplete", ["outcomeSurvey"] },
        { "no diagnosis", ["diagnoses"] },
        { "future date of service", ["dateOfService"] },
        { "charge on another date", ["charges[1].dateOfService"] },
        { "another place of service", ["charges[0].placeOfService"] },
        { "assistant minutes above minutes", ["charges[0].assistantMinutes"] },
        { "unknown code", ["charges[1].code"] },
        { "malformed code", ["charges[1].code"] },
        { "59 and an X modifier on one line", ["charges[3].code"] },
        { "plan of care out of range", ["evaluation.planOfCare.frequencyPerWeek", "evaluation.planOfCare.durationWeeks"] },
    };

    [Theory]
    [MemberData(nameof(Defects))]
    public void Each_defect_is_named_by_its_field(string defect, string[] fields)
    {
        var content = defect switch
        {
            "minutes missing" => Complete with { Charges = [Charge("97110", null), Charge("97112", 15)] },
            "minutes zero" => Complete with { Charges = [Charge("97110", 0), Charge("97112", 15)], TotalTreatmentMinutes = 20 },
            "total below timed" => Complete with { TotalTreatmentMinutes = 37 },
            "total missing" => Complete with { TotalTreatmentMinutes = null },
            "indicator 0 pair" => Complete with { Charges = [.. Complete.Charges, Charge("97018", 10), Charge("97022", 10)], TotalTreatmentMinutes = 60 },
            "charge on another date" => Complete with { Charges = [Charge("97110", 23), Charge("97112", 15) with { DateOfService = Today.AddDays(-1) }] },
            "another place of service" => Complete with { Charges = [Charge("97110", 23) with { PlaceOfService = "12" }, Charge("97112", 15)] },
            "assistant minutes above minutes" => Complete with { Charges = [Charge("97110", 23, assistant: 24), Charge("97112", 15)] },
            "unknown code" => Complete with { Charges = [Charge("97110", 23), Charge("97999", 15)] },
            "malformed code" => Complete with { Charges = [Charge("97110", 23), Charge("ABC", 15)] },
            "59 and an X modifier on one line" => Complete with
            {
                Charges =
                [
                    .. Complete.Charges, Charge("97140", 15),
                    Charge("97530", 15) with { ChosenModifiers = ["59", "XS"] },
                ],
                TotalTreatmentMinutes = 70,
            },
            "plan of care out of range" => Complete with { Evaluation = Complete.Evaluation! with { PlanOfCare = new PlanOfCare(8, 53) } },
            _ => Complete,
        };

        var decision = Check(ProgressNote, content,
            facts: defect == "no diagnosis" ? CaseWithDiagnosis with { TreatingDiagnoses = [] } : null,
            today: defect == "future date of service" ? Today.AddDays(-1) : null,
            survey: defect == "survey incomplete" ? IncompleteSurvey : null, noSurvey: defect == "survey missing");

        Assert.Equal(fields, decision.Problems.Select(p => p.Field));
        Assert.All(decision.Problems, p => Assert.Equal(ProblemKind.Invalid, p.Kind));
        Assert.All(decision.Problems, p => Assert.EndsWith(".", p.Message));
    }

    [Fact]
    public void Messages_say_what_is_wrong_and_why()
    {
        var content = Complete with
        {
            Charges = [Charge("97110", null), Charge("97112", 15), Charge("97018", 10), Charge("97022", 10)],
            TotalTreatmentMinutes = 10,
        };

        var problems = Check(ProgressNote, content, facts: CaseWithDiagnosis with { TreatingDiagnoses = [] }, noSurvey: true).ToDictionary();

        Assert.Equal("Record the minutes of 97110. Minutes must be recorded for every code: primary Medicare requires it.", problems["charges[0].minutes"].Single());
        Assert.Contains("97022 cannot be billed with 97018 on the same day", problems["charges[3].code"].Single());
        Assert.Equal("Total treatment minutes (10) are fewer than the 15 timed minutes billed; correct the total or the lines' minutes.",
            problems["totalTreatmentMinutes"].Single());
        Assert.Equal("Attach a completed outcome survey. A completed outcome survey is required on evaluative notes: primary Medicare requires it.",
            problems["outcomeSurvey"].Single());
        Assert.Contains("no treating diagnosis", problems["diagnoses"].Single());
    }

    [Fact]
    public void Every_problem_is_listed_at_once()
    {
        var content = Complete with
        {
            Charges = [Charge("97110", null) with { PlaceOfService = "12" }, Charge("97018", 10), Charge("97022", 10)],
            TotalTreatmentMinutes = null,
        };

        var decision = Check(ProgressNote with { DateOfService = Today.AddDays(1) }, content with
        {
            Charges = [.. content.Charges.Select(c => c with { DateOfService = Today.AddDays(1) }), Charge("97112", 15)],
        }, facts: CaseWithDiagnosis with { TreatingDiagnoses = [] }, survey: IncompleteSurvey);

        Assert.Equal(
            ["dateOfService", "charges[0].placeOfService", "charges[0].minutes", "charges[3].dateOfService", "charges[2].code",
             "totalTreatmentMinutes", "outcomeSurvey", "diagnoses"],
            decision.Problems.Select(p => p.Field));
    }

    [Fact]
    public void Minutes_are_required_only_where_a_payer_requires_them()
    {
        var note = Note(NoteType.DailyNote);
        var content = Complete with { Charges = [Charge("97110", 23), Charge("97161", null)] };

        Assert.Empty(Check(note, content, AetnaPpo).Problems);
        Assert.Equal(["charges[1].minutes"], Check(note, content, Medicare).Problems.Select(p => p.Field));
        Assert.Equal(["charges[1].minutes"], Check(note, content, AetnaPpo with { RequireMinutesPerCode = true }).Problems.Select(p => p.Field));
    }

    [Fact]
    public void Untimed_minutes_do_not_count_toward_the_timed_minutes_billed()
    {
        var content = Complete with { Charges = [Charge("97110", 23), Charge("97012", 15)], TotalTreatmentMinutes = 23 };

        Assert.Empty(Check(Note(NoteType.DailyNote), content).Problems);
    }

    [Fact]
    public void A_note_without_timed_codes_needs_no_total()
    {
        var content = Complete with { Charges = [Charge("97012", 15)], TotalTreatmentMinutes = null };

        Assert.Empty(Check(Note(NoteType.DailyNote), content).Problems);
    }

    [Theory]
    [InlineData(NoteType.InitialEvaluation, true)]
    [InlineData(NoteType.ProgressNote, true)]
    [InlineData(NoteType.DischargeSummary, true)]
    [InlineData(NoteType.DailyNote, false)]
    public void The_outcome_survey_is_required_on_evaluative_notes_when_the_rules_say_so(NoteType type, bool required)
    {
        Assert.Equal(required, Check(Note(type), Complete, noSurvey: true).Problems.Any(p => p.Field == "outcomeSurvey"));
        Assert.DoesNotContain(Check(Note(type), Complete, AetnaPpo, noSurvey: true).Problems, p => p.Field == "outcomeSurvey");
    }

    [Fact]
    public void An_incomplete_survey_s_score_names_the_items_missing()
    {
        var problem = Assert.Single(FinalizationCheck.Check(ProgressNote, Complete,
            BillingFor(Rules(Therapist())) with { KxAttestation = NoKx }, CaseWithDiagnosis, Today, IncompleteSurvey)
            .Problems);

        Assert.Equal(new Problem("outcomeSurvey",
            "The ODI survey attached to this note is not complete: section 2 (Personal care), section 5 (Sitting), "
            + "section 8 (Social life) not answered. "
            + "A completed outcome survey is required on evaluative notes: primary Medicare requires it."), problem);
        Assert.Empty(FinalizationCheck.Check(ProgressNote, Complete,
            BillingFor(Rules(Therapist())) with { KxAttestation = NoKx }, CaseWithDiagnosis, Today, CompleteSurvey)
            .Problems);
        Assert.Equal("outcomeSurvey", Assert.Single(FinalizationCheck.Check(ProgressNote, Complete,
            BillingFor(Rules(Therapist())) with { KxAttestation = NoKx }, CaseWithDiagnosis, Today).Problems).Field);
    }

    [Fact]
    public void QuickDash_manual_a_survey_with_one_item_left_out_is_complete_and_lets_a_Medicare_note_finalize()
    {
        var oneLeftOut = OutcomeInstruments.QuickDash.Score([2, 3, 2, 3, 1, null, 2, 2, 3, 2, 2]).Value!;
        var psfsOfOne = OutcomeInstruments.Psfs.Score([4]).Value!;
        var odiSectionSkipped = OutcomeInstruments.Odi.Score([2, 1, 3, 2, 2, 3, 1, null, 2, 0]).Value!;

        foreach (var survey in new[] { oneLeftOut, psfsOfOne, odiSectionSkipped })
            Assert.Empty(FinalizationCheck.Check(ProgressNote, Complete,
                BillingFor(Rules(Therapist())) with { KxAttestation = NoKx }, CaseWithDiagnosis, Today, survey)
                .Problems);
    }

    [Fact]
    public void A_place_of_service_other_than_the_case_s_names_the_clinic_setting_and_is_allowed_when_the_clinic_allows_it()
    {
        var content = Complete with { Charges = [Charge("97110", 23) with { PlaceOfService = "12" }, Charge("97112", 15) with { PlaceOfService = "11" }] };

        var problem = Assert.Single(Check(ProgressNote, content).Problems);
        Assert.Equal("The place of service must be the case's, 11: the clinic setting \"Users may change place of service\" is off.", problem.Message);
        Assert.Empty(Check(ProgressNote, content, clinic: new ClinicSettings { AllowPlaceOfServiceChange = true }).Problems);
        Assert.Empty(Check(ProgressNote, content with { Charges = [Charge("97110", 23) with { PlaceOfService = "12" }] },
            facts: CaseWithDiagnosis with { PlaceOfService = "12" }).Problems);
    }

    [Fact]
    public void An_administrative_discharge_needs_no_diagnosis_survey_or_minutes_and_bills_nothing()
    {
        var discharge = Note(NoteType.AdministrativeDischarge);
        var empty = new NoteContent { Soap = new(Assessment: "Patient did not return after three attempts to reach them.") };

        Assert.Empty(Check(discharge, empty, facts: CaseWithDiagnosis with { TreatingDiagnoses = [] }).Problems);
        Assert.Equal(["charges"], Check(discharge, empty with { Charges = [Charge("97110", 10)], TotalTreatmentMinutes = 10 }).Problems.Select(p => p.Field));
    }

    [Fact]
    public void A_daily_note_without_charges_still_needs_the_case_s_diagnosis()
    {
        var problems = Check(Note(NoteType.DailyNote), new NoteContent(), facts: CaseWithDiagnosis with { TreatingDiagnoses = [] }).Problems;

        Assert.Equal(["diagnoses"], problems.Select(p => p.Field));
    }

    [Fact]
    public void An_initial_evaluation_lists_problems_and_goals_and_sets_the_plan_of_care()
    {
        var problems = Check(Note(NoteType.InitialEvaluation), Complete with { Evaluation = null }).Problems;

        Assert.Equal(["evaluation.problems", "evaluation.goals", "evaluation.planOfCare"], problems.Select(p => p.Field));
        Assert.Equal("Enter the plan of care, visits a week and weeks: an Initial Evaluation sets it.", problems[2].Message);
        Assert.Empty(Check(Note(NoteType.InitialEvaluation), Complete).Problems);
    }

    [Theory]
    [InlineData(ProgressNoteLabel.Recertification, true)]
    [InlineData(ProgressNoteLabel.Reevaluation, false)]
    [InlineData(ProgressNoteLabel.ProgressNote, false)]
    public void A_recertification_sets_a_new_plan_of_care(ProgressNoteLabel label, bool required)
    {
        var note = ProgressNote with { Label = label };
        var withoutPlan = Complete with { Evaluation = Complete.Evaluation! with { PlanOfCare = null } };

        Assert.Equal(required ? ["evaluation.planOfCare"] : [], Check(note, withoutPlan).Problems.Select(p => p.Field));
    }

    [Fact]
    public void Only_a_progress_note_carries_a_label() =>
        Assert.Equal(["label"], Check(Note(NoteType.DailyNote) with { Label = ProgressNoteLabel.Recertification }, Complete).Problems.Select(p => p.Field));

    [Fact]
    public void A_note_is_finalized_on_its_date_of_service_or_later() =>
        Assert.Empty(Check(ProgressNote, Complete, today: ProgressNote.DateOfService).Problems);
}
