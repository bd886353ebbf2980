using Rehab.Core.Cases;
using Rehab.Core.Common;
using Rehab.Core.Documentation;
using Rehab.Core.Settings;
using Rehab.Core.Users;
using static Rehab.Core.Tests.Documentation.Clinic;

namespace Rehab.Core.Tests.Documentation;

/// <summary>
/// Pub. 100-02 Ch. 15 §230.1 (assistants do not evaluate); §220.3 (an assistant's report is no progress report).
/// </summary>
public sealed class AssistantEvaluativeNoteTests
{
    public static TheoryData<UserType, NoteType> AssistantsAndEvaluativeNotes()
    {
        var data = new TheoryData<UserType, NoteType>();
        foreach (var assistant in new[] { UserType.PTA, UserType.COTA, UserType.SLPA })
            foreach (var type in new[] { NoteType.InitialEvaluation, NoteType.ProgressNote, NoteType.DischargeSummary })
                data.Add(assistant, type);
        return data;
    }

    [Theory, MemberData(nameof(AssistantsAndEvaluativeNotes))]
    public void Pub100_02_230_1_an_assistant_starts_no_evaluative_note(UserType assistant, NoteType type)
    {
        var caseNotes = type == NoteType.InitialEvaluation ? [] : new[] { Note(NoteType.InitialEvaluation,
            NoteStatus.Finalized) };
        var decision = NoteLifecycle.MayStart(type, Assistant(assistant), CaseStatus.Active, caseNotes);
        Assert.Equal(ProblemKind.NotPermitted, decision.Kind);
        Assert.Contains("§230.1", decision.Problems.Single().Message, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(AssistantsAndEvaluativeNotes))]
    public void Pub100_02_220_3_an_assistant_finalizes_no_evaluative_draft_started_before_the_rule(UserType assistant,
        NoteType type)
    {
        var pta = Assistant(assistant);
        var draft = Note(type, author: pta);
        var decision = NoteLifecycle.Finalize(draft, pta, Rules(pta, AetnaPpo), Therapist(), new ClinicSettings(), [],
            Now);
        Assert.False(decision.IsAllowed);
        Assert.Contains(decision.Problems, p => p.Message.Contains("evaluative note", StringComparison.Ordinal));
        Assert.False(NoteLifecycle.Forward(draft, pta, Therapist(), new ClinicSettings(), Now).IsAllowed);
    }

    [Theory]
    [InlineData(UserType.PTA)]
    [InlineData(UserType.COTA)]
    [InlineData(UserType.SLPA)]
    public void An_assistant_still_writes_daily_notes(UserType assistant)
    {
        var caseNotes = new[] { Note(NoteType.InitialEvaluation, NoteStatus.Finalized) };
        Assert.True(NoteLifecycle.MayStart(NoteType.DailyNote, Assistant(assistant), CaseStatus.Active,
            caseNotes).IsAllowed);
        Assert.Null(ClinicalAuthorship.Refusal(assistant, NoteType.DailyNote));
    }

    [Theory]
    [InlineData(UserType.PT, NoteType.InitialEvaluation)]
    [InlineData(UserType.OT, NoteType.ProgressNote)]
    [InlineData(UserType.SPT, NoteType.InitialEvaluation)]
    [InlineData(UserType.SLP, NoteType.DischargeSummary)]
    public void Therapists_and_students_write_evaluative_notes(UserType user, NoteType type) =>
        Assert.Null(ClinicalAuthorship.Refusal(user, type));
}
