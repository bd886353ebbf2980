using Rehab.Core.Cases;
using Rehab.Core.Common;
using Rehab.Core.Documentation;
using Rehab.Core.Settings;
using static Rehab.Core.Tests.Documentation.Clinic;

namespace Rehab.Core.Tests.Documentation;

// domain.md §4: Initial Exam Case Copy copies the most recently finalized evaluative note into a new case's
// evaluation; diagnosis codes are stripped and must be re-entered.
public sealed class InitialExamCaseCopyTests
{
    private static readonly CompanySettings CopyOn = new() { InitialExamCaseCopy = true };
    private static readonly IReadOnlyList<Icd10Code> LowBack = [Icd10Code.Parse("M54.50"), Icd10Code.Parse("M51.26")];

    private static readonly NoteContent Evaluation = new()
    {
        Soap = new SoapSections(
            Subjective: "Low back pain for 6 weeks after lifting; history of T12 fracture and diabetes (E11.9).",
            Objective: "Lumbar flexion 40 degrees.",
            Assessment: "Presentation consistent with M54.50 and m5126; good rehab potential.",
            Plan: "Manual therapy and exercise."),
        Evaluation = new EvaluationDetails(
            ["Pain limits sitting (M54.50)", "Reduced lumbar mobility"],
            [new Goal("Sit 60 minutes without pain", GoalTerm.ShortTerm), new Goal("Return to work")],
            new PlanOfCare(2, 8)),
        Charges = [Charge("97161", 30), Charge("97110", 15)],
        TotalTreatmentMinutes = 45,
    };

    private static CaseCopySource Source(NoteType type, DateOnly on, int hour = 12, NoteContent? content = null, string title = "Low back") =>
        new(Finalized(type, on, hour: hour), content ?? Evaluation, title, LowBack);

    [Fact]
    public void With_the_setting_off_nothing_is_offered()
    {
        var decision = InitialExamCaseCopy.Offer(new CompanySettings(), [Source(NoteType.InitialEvaluation, Today)]);

        Assert.Equal([new Problem("copyFrom", "Initial Exam Case Copy is off in Company Settings, so a new case's evaluation starts empty.", ProblemKind.Conflict)],
            decision.Problems);
    }

    [Fact]
    public void Without_a_finalized_evaluative_note_nothing_is_offered()
    {
        var draft = new CaseCopySource(Note(NoteType.InitialEvaluation), Evaluation, "Knee", []);
        var daily = Source(NoteType.DailyNote, Today);

        var decision = InitialExamCaseCopy.Offer(CopyOn, [draft, daily]);

        Assert.Equal(["The patient has no finalized Initial Evaluation, Progress Note or Discharge Summary to copy."], decision.Problems.Select(p => p.Message));
    }

    [Fact]
    public void The_most_recently_finalized_evaluative_note_of_any_case_is_the_source()
    {
        var oldCase = Source(NoteType.InitialEvaluation, new DateOnly(2025, 11, 3), title: "Right knee");
        var progress = Source(NoteType.ProgressNote, new DateOnly(2026, 2, 20), title: "Low back");
        var discharge = Source(NoteType.DischargeSummary, new DateOnly(2026, 2, 20), hour: 9, title: "Low back");
        var laterDaily = Source(NoteType.DailyNote, new DateOnly(2026, 2, 24));

        var copy = InitialExamCaseCopy.Offer(CopyOn, [laterDaily, progress, oldCase, discharge]).Value!;

        Assert.Equal(progress.Note, copy.Source);
        Assert.Equal("Copied from the Progress Note of 2026-02-20 of the case 'Low back', finalized 2026-02-20 12:00 UTC.", copy.SourceDescription);
    }

    [Fact]
    public void Diagnosis_codes_are_stripped_from_the_copied_text_and_flagged_for_re_entry()
    {
        var copy = InitialExamCaseCopy.Offer(CopyOn, [Source(NoteType.InitialEvaluation, new DateOnly(2026, 2, 2))]).Value!;

        var soap = copy.Draft.Soap;
        Assert.Equal("Low back pain for 6 weeks after lifting; history of T12 fracture and diabetes ([diagnosis code removed]).", soap.Subjective);
        Assert.Equal("Presentation consistent with [diagnosis code removed] and [diagnosis code removed]; good rehab potential.", soap.Assessment);
        Assert.Equal(Evaluation.Soap.Objective, soap.Objective);
        Assert.Equal(Evaluation.Soap.Plan, soap.Plan);
        Assert.Equal(["Pain limits sitting ([diagnosis code removed])", "Reduced lumbar mobility"], copy.Draft.Evaluation!.Problems);
        Assert.Equal(LowBack, copy.DiagnosesToReenter);
        Assert.Equal(
        [
            new CopyFlag("treatingDiagnosisCodes", "Diagnosis codes are not copied: enter the new case's diagnoses (the case 'Low back' had M54.50, M51.26)."),
            new CopyFlag("soap.subjective", "E11.9 removed from the copied text; re-enter the diagnosis on the case."),
            new CopyFlag("soap.assessment", "M54.50, M51.26 removed from the copied text; re-enter the diagnosis on the case."),
            new CopyFlag("evaluation.problems[0]", "M54.50 removed from the copied text; re-enter the diagnosis on the case."),
        ], copy.Flags);
    }

    [Fact]
    public void Goals_and_plan_of_care_are_copied_but_not_charges_or_minutes()
    {
        var draft = InitialExamCaseCopy.Offer(CopyOn, [Source(NoteType.InitialEvaluation, new DateOnly(2026, 2, 2))]).Value!.Draft;

        Assert.Equal(Evaluation.Evaluation!.Goals, draft.Evaluation!.Goals);
        Assert.Equal(new PlanOfCare(2, 8), draft.Evaluation.PlanOfCare);
        Assert.Empty(draft.Charges);
        Assert.Null(draft.TotalTreatmentMinutes);
        Assert.True(draft.Validate().IsValid);
    }

    [Fact]
    public void A_source_without_evaluation_details_or_diagnoses_copies_its_soap_and_still_asks_for_diagnoses()
    {
        var content = new NoteContent { Soap = new SoapSections(Assessment: "Improving; S83.511A healing.") };
        var source = new CaseCopySource(Finalized(NoteType.DischargeSummary, Today), content, "Knee", []);

        var copy = InitialExamCaseCopy.Offer(CopyOn, [source]).Value!;

        Assert.Null(copy.Draft.Evaluation);
        Assert.Equal("Improving; [diagnosis code removed] healing.", copy.Draft.Soap.Assessment);
        Assert.Equal("Diagnosis codes are not copied: enter the new case's diagnoses.", copy.Flags[0].Message);
    }
}
