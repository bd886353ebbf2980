using Rehab.Core.Cases;
using Rehab.Core.Common;
using Rehab.Core.Documentation;
using Rehab.Core.Settings;
using Rehab.Core.Users;
using static Rehab.Core.Tests.Documentation.Clinic;

namespace Rehab.Core.Tests.Documentation;

public sealed class NoteLifecycleTests
{
    private static readonly ClinicSettings Settings = new();

    private static Problem Only(Decision decision) => Assert.Single(decision.Problems);

    // Starting notes

    [Theory]
    [InlineData(NoteType.InitialEvaluation)]
    [InlineData(NoteType.AdministrativeDischarge)]
    public void A_new_case_starts_with_its_initial_evaluation_or_is_discharged_administratively(NoteType type) =>
        Assert.True(NoteLifecycle.MayStart(type, Therapist(), CaseStatus.Active, []).IsAllowed);

    [Theory]
    [InlineData(NoteType.DailyNote)]
    [InlineData(NoteType.ProgressNote)]
    [InlineData(NoteType.DischargeSummary)]
    public void Other_notes_wait_for_the_initial_evaluation(NoteType type)
    {
        var problem = Only(NoteLifecycle.MayStart(type, Therapist(), CaseStatus.Active, []));

        Assert.Equal(ProblemKind.Conflict, problem.Kind);
        Assert.Contains("starts with an Initial Evaluation", problem.Message);
    }

    [Fact]
    public void A_case_has_one_initial_evaluation()
    {
        var problem = Only(NoteLifecycle.MayStart(NoteType.InitialEvaluation, Therapist(), CaseStatus.Active, [Note(NoteType.InitialEvaluation)]));

        Assert.Contains("already has its Initial Evaluation (Initial Evaluation of 2026-03-10)", problem.Message);
    }

    [Theory]
    [InlineData(NoteType.DischargeSummary, NoteType.DischargeSummary)]
    [InlineData(NoteType.DischargeSummary, NoteType.AdministrativeDischarge)]
    [InlineData(NoteType.AdministrativeDischarge, NoteType.DischargeSummary)]
    public void A_case_has_one_discharge_of_either_kind(NoteType existing, NoteType type)
    {
        var notes = new[] { Note(NoteType.InitialEvaluation, NoteStatus.Finalized), Note(existing) };

        Assert.Contains("already has its discharge", Only(NoteLifecycle.MayStart(type, Therapist(), CaseStatus.Active, notes)).Message);
    }

    [Fact]
    public void No_note_follows_the_discharge()
    {
        var notes = new[] { Note(NoteType.InitialEvaluation, NoteStatus.Finalized), Note(NoteType.DischargeSummary) };

        Assert.Contains("no note follows it", Only(NoteLifecycle.MayStart(NoteType.DailyNote, Therapist(), CaseStatus.Active, notes)).Message);
    }

    [Fact]
    public void A_discharged_case_takes_no_new_notes()
    {
        var problem = Only(NoteLifecycle.MayStart(NoteType.InitialEvaluation, Therapist(), CaseStatus.Discharged, []));

        Assert.Equal("caseId", problem.Field);
        Assert.Contains("open a new case", problem.Message);
    }

    [Fact]
    public void Daily_notes_follow_the_evaluation_even_while_it_is_a_draft() =>
        Assert.True(NoteLifecycle.MayStart(NoteType.DailyNote, Assistant(), CaseStatus.Active, [Note(NoteType.InitialEvaluation)]).IsAllowed);

    [Fact]
    public void Front_office_staff_may_write_an_administrative_discharge_and_nothing_else()
    {
        var frontOffice = FrontOffice();
        var evaluation = new[] { Note(NoteType.InitialEvaluation, NoteStatus.Finalized) };

        Assert.True(NoteLifecycle.MayStart(NoteType.AdministrativeDischarge, frontOffice, CaseStatus.Active, evaluation).IsAllowed);
        var problem = Only(NoteLifecycle.MayStart(NoteType.DailyNote, frontOffice, CaseStatus.Active, evaluation));
        Assert.Equal(ProblemKind.NotPermitted, problem.Kind);
        Assert.Equal("A Daily Note is clinical documentation, which a front office user never writes; " +
                     "front office staff write Administrative Discharges only.", problem.Message);
        Assert.False(NoteLifecycle.MayStart(NoteType.AdministrativeDischarge, User(UserType.Biller, Permission.ViewPatients), CaseStatus.Active, evaluation).IsAllowed);
    }

    [Fact]
    public void Every_problem_with_a_start_is_listed_at_once()
    {
        var decision = NoteLifecycle.MayStart(NoteType.InitialEvaluation, FrontOffice(), CaseStatus.Discharged, [Note(NoteType.InitialEvaluation)]);

        Assert.Equal([ProblemKind.NotPermitted, ProblemKind.Conflict, ProblemKind.Conflict], decision.Problems.Select(p => p.Kind));
        Assert.Equal(ProblemKind.NotPermitted, decision.Kind);
    }

    // Changing

    [Fact]
    public void A_finalized_note_cannot_change_and_the_refusal_names_it_and_its_finalization_time()
    {
        var note = Note(NoteType.DailyNote, NoteStatus.Finalized);

        var problem = Only(NoteLifecycle.MayChange(note));

        Assert.Equal(ProblemKind.Conflict, problem.Kind);
        Assert.Equal("The Daily Note of 2026-03-10 was finalized at 2026-03-09 17:42 UTC and cannot be changed; corrections are addenda.", problem.Message);
    }

    [Theory]
    [InlineData(NoteStatus.Draft)]
    [InlineData(NoteStatus.Forwarded)]
    public void Drafts_and_forwarded_notes_may_change(NoteStatus status) =>
        Assert.True(NoteLifecycle.MayChange(Note(NoteType.DailyNote, status)).IsAllowed);

    // Finalizing

    [Theory]
    [InlineData(UserType.PT)]
    [InlineData(UserType.OT)]
    [InlineData(UserType.SLP)]
    public void A_therapist_signs_their_own_draft(UserType type)
    {
        var pt = Therapist(type);
        var note = Note(NoteType.DailyNote, author: pt);

        var decision = NoteLifecycle.Finalize(note, pt, Rules(pt), null, Settings, [note], Now);

        Assert.True(decision.IsAllowed);
        Assert.Equal(new Finalization(pt.Id, pt.Id, Now, FinalizationKind.Signed), decision.Value);
    }

    [Fact]
    public void A_therapist_without_finalize_notes_forwards_instead()
    {
        var pt = User(UserType.PT, Permission.StartNotes, Permission.ForwardNotes);
        var note = Note(NoteType.DailyNote, author: pt);

        var problem = Only(NoteLifecycle.Finalize(note, pt, Rules(pt), null, Settings, [note], Now));

        Assert.Equal(ProblemKind.NotPermitted, problem.Kind);
        Assert.Contains("Finalize Notes", problem.Message);
    }

    [Fact]
    public void Only_the_author_signs_a_draft()
    {
        var pt = Therapist();
        var note = Note(NoteType.DailyNote, author: Therapist());

        var problem = Only(NoteLifecycle.Finalize(note, pt, Rules(pt), null, Settings, [note], Now));

        Assert.Contains("Only the note's author signs it", problem.Message);
    }

    [Theory]
    [InlineData(NoteStatus.Finalized, "was finalized at 2026-03-09 17:42 UTC and cannot be finalized again")]
    [InlineData(NoteStatus.Forwarded, "is waiting for co-signature")]
    public void Only_a_draft_is_finalized(NoteStatus status, string message)
    {
        var pt = Therapist();
        var note = Note(NoteType.DailyNote, status, pt);

        var problem = Only(NoteLifecycle.Finalize(note, pt, Rules(pt), null, Settings, [note], Now));

        Assert.Equal(ProblemKind.Conflict, problem.Kind);
        Assert.Contains(message, problem.Message);
    }

    [Fact]
    public void An_assistant_the_rules_allow_signs_under_a_supervising_therapist_with_the_clinic_s_wording()
    {
        var pta = Assistant();
        var clinic = new ClinicSettings { SupervisionWording = SupervisionWordings.Presets[1] };
        var rules = Rules(pta, AetnaPpo, clinic: clinic);
        var supervisor = Therapist();
        var note = Note(NoteType.DailyNote, author: pta);

        var decision = NoteLifecycle.Finalize(note, pta, rules, supervisor, clinic, [note], Now);

        Assert.Equal(new Finalization(pta.Id, pta.Id, Now, FinalizationKind.SignedUnderSupervision, supervisor.Id, SupervisionWordings.Presets[1]), decision.Value);
    }

    [Theory]
    [InlineData(UserType.PTA, UserType.OT)]
    [InlineData(UserType.COTA, UserType.PT)]
    [InlineData(UserType.SLPA, UserType.PTA)]
    [InlineData(UserType.PTA, UserType.SPT)]
    public void The_supervising_therapist_is_a_therapist_of_the_assistant_s_discipline(UserType assistant, UserType supervisor)
    {
        var user = Assistant(assistant);
        var note = Note(NoteType.DailyNote, author: user);

        var problem = Only(NoteLifecycle.Finalize(note, user, Rules(user, AetnaPpo), User(supervisor), Settings, [note], Now));

        Assert.Equal("supervisingTherapistId", problem.Field);
        Assert.EndsWith($"the chosen user is {supervisor.WithArticle()}.", problem.Message);
    }

    [Fact]
    public void The_supervision_refusal_reads_as_a_sentence()
    {
        var slpa = Assistant(UserType.SLPA);
        var note = Note(NoteType.DailyNote, author: slpa);

        var problem = Only(NoteLifecycle.Finalize(note, slpa, Rules(slpa, AetnaPpo), Therapist(UserType.OT), Settings, [note], Now));

        Assert.Equal("The supervising therapist of an SLPA is an SLP; the chosen user is an OT.", problem.Message);
    }

    [Fact]
    public void An_assistant_must_name_the_supervising_therapist()
    {
        var cota = Assistant(UserType.COTA);
        var note = Note(NoteType.DailyNote, author: cota);

        var problem = Only(NoteLifecycle.Finalize(note, cota, Rules(cota, AetnaPpo), null, Settings, [note], Now));

        Assert.Equal("Choose the supervising OT; the case's therapist is the usual choice.", problem.Message);
    }

    [Fact]
    public void An_assistant_the_payer_holds_back_is_told_why_and_to_forward()
    {
        var pta = Assistant();
        var note = Note(NoteType.DailyNote, author: pta);

        var problem = Only(NoteLifecycle.Finalize(note, pta, Rules(pta, Medicare), Therapist(), Settings, [note], Now));

        Assert.Contains("primary Medicare does not allow assistants to finalize", problem.Message);
        Assert.EndsWith("Forward the note for co-signature instead.", problem.Message);
    }

    [Theory]
    [InlineData(UserType.SPT)]
    [InlineData(UserType.SOT)]
    [InlineData(UserType.SSLP)]
    public void A_student_never_finalizes_even_with_the_permission(UserType type)
    {
        var student = User(type, Permission.StartNotes, Permission.ForwardNotes, Permission.FinalizeNotes);
        var note = Note(NoteType.DailyNote, author: student);

        var problem = Only(NoteLifecycle.Finalize(note, student, Rules(student, AetnaPpo), Therapist(), Settings, [note], Now));

        Assert.Contains("Students", problem.Message);
    }

    [Fact]
    public void Front_office_staff_finalize_their_administrative_discharge()
    {
        var frontOffice = FrontOffice();
        var evaluation = Note(NoteType.InitialEvaluation, NoteStatus.Finalized);
        var discharge = Note(NoteType.AdministrativeDischarge, author: frontOffice);

        var decision = NoteLifecycle.Finalize(discharge, frontOffice, Rules(frontOffice), null, Settings, [evaluation, discharge], Now);

        Assert.Equal(FinalizationKind.Signed, decision.Value?.Kind);
    }

    [Fact]
    public void An_assistant_finalizes_an_administrative_discharge_without_the_payer_s_gate()
    {
        var pta = Assistant();
        var discharge = Note(NoteType.AdministrativeDischarge, author: pta);

        Assert.True(NoteLifecycle.Finalize(discharge, pta, Rules(pta, Medicare), null, Settings, [discharge], Now).IsAllowed);
        Assert.False(NoteLifecycle.Finalize(discharge, Assistant(finalizes: false) with { Id = pta.Id }, Rules(pta, Medicare), null, Settings, [discharge], Now).IsAllowed);
    }

    [Theory]
    [InlineData(NoteType.DischargeSummary)]
    [InlineData(NoteType.AdministrativeDischarge)]
    public void A_discharge_waits_until_every_other_note_on_the_case_is_finalized(NoteType type)
    {
        var pt = Therapist();
        var discharge = Note(type, author: pt);
        var notes = new[]
        {
            Note(NoteType.InitialEvaluation, NoteStatus.Finalized, on: Today.AddDays(-20)),
            Note(NoteType.DailyNote, NoteStatus.Forwarded, on: Today.AddDays(-3)),
            Note(NoteType.DailyNote, on: Today.AddDays(-1)),
            discharge,
        };

        var problem = Only(NoteLifecycle.Finalize(discharge, pt, Rules(pt), null, Settings, notes, Now));

        Assert.Equal(ProblemKind.Conflict, problem.Kind);
        Assert.Equal("Every other note on the case must be finalized before the discharge; still open: " +
            "Daily Note of 2026-03-07 (waiting for co-signature), Daily Note of 2026-03-09 (draft).", problem.Message);
        Assert.True(NoteLifecycle.Finalize(discharge, pt, Rules(pt), null, Settings, [notes[0], discharge], Now).IsAllowed);
    }

    [Fact]
    public void A_second_evaluation_on_the_case_cannot_be_finalized_either()
    {
        var pt = Therapist();
        var evaluation = Note(NoteType.InitialEvaluation, author: pt);

        var problem = Only(NoteLifecycle.Finalize(evaluation, pt, Rules(pt), null, Settings, [Note(NoteType.InitialEvaluation, NoteStatus.Finalized), evaluation], Now));

        Assert.Contains("already has its Initial Evaluation", problem.Message);
    }

    // Forwarding

    [Theory]
    [InlineData(UserType.PTA, UserType.PT)]
    [InlineData(UserType.COTA, UserType.OT)]
    [InlineData(UserType.SLPA, UserType.SLP)]
    public void An_assistant_forwards_to_a_therapist_of_their_discipline_with_the_supervision_wording_stamped(UserType assistant, UserType therapist)
    {
        var author = Assistant(assistant, finalizes: false);
        var coSigner = Therapist(therapist);

        var decision = NoteLifecycle.Forward(Note(NoteType.DailyNote, author: author), author, coSigner, Settings, Now);

        Assert.Equal(new Forwarding(coSigner.Id, Now, Settings.SupervisionWording), decision.Value);
    }

    [Fact]
    public void A_student_forwards_without_the_assistant_wording()
    {
        var student = Student();

        var decision = NoteLifecycle.Forward(Note(NoteType.InitialEvaluation, author: student), student, Therapist(), Settings, Now);

        Assert.Null(decision.Value?.SupervisionWording);
    }

    public static TheoryData<UserType, string[], string> BadCoSigners => new()
    {
        { UserType.PTA, [Permission.FinalizeNotes], "co-signed by a PT, OT or SLP; the chosen user is a PTA." },
        { UserType.OT, [Permission.FinalizeNotes], "Notes by a PTA are co-signed by a PT; the chosen user is an OT." },
        { UserType.PT, [Permission.StartNotes], "does not hold Finalize Notes" },
        { UserType.Clerical, [], "the chosen user is a front office user" },
    };

    [Theory]
    [MemberData(nameof(BadCoSigners))]
    public void Notes_are_forwarded_only_to_a_therapist_who_can_co_sign_them(UserType type, string[] permissions, string message)
    {
        var pta = Assistant(finalizes: false);

        var problem = Only(NoteLifecycle.Forward(Note(NoteType.DailyNote, author: pta), pta, User(type, permissions), Settings, Now));

        Assert.Equal("coSignerId", problem.Field);
        Assert.Contains(message, problem.Message);
    }

    [Fact]
    public void A_note_is_not_forwarded_to_its_author()
    {
        var pt = Therapist();

        Assert.Contains("not to its author", Only(NoteLifecycle.Forward(Note(NoteType.DailyNote, author: pt), pt, pt, Settings, Now)).Message);
    }

    [Fact]
    public void Forwarding_needs_the_permission_and_the_authorship()
    {
        var pta = Assistant(finalizes: false);
        var someoneElse = User(UserType.PTA, Permission.StartNotes);

        var decision = NoteLifecycle.Forward(Note(NoteType.DailyNote, author: pta), someoneElse, Therapist(), Settings, Now);

        Assert.Equal(["Only the note's author forwards it for co-signature.", "Forwarding a note for co-signature needs the Forward Notes permission."],
            decision.Problems.Select(p => p.Message));
        Assert.All(decision.Problems, p => Assert.Equal(ProblemKind.NotPermitted, p.Kind));
    }

    [Fact]
    public void A_forwarded_note_may_go_to_another_therapist_but_not_again_to_the_same_one()
    {
        var pta = Assistant(finalizes: false);
        var first = Therapist();
        var forwarded = Note(NoteType.DailyNote, NoteStatus.Forwarded, pta) with { ForwardedToId = first.Id };

        Assert.True(NoteLifecycle.Forward(forwarded, pta, Therapist(), Settings, Now).IsAllowed);
        Assert.Equal(ProblemKind.Conflict, Only(NoteLifecycle.Forward(forwarded, pta, first, Settings, Now)).Kind);
    }

    [Fact]
    public void A_finalized_note_is_never_forwarded()
    {
        var pta = Assistant(finalizes: false);

        var problem = Only(NoteLifecycle.Forward(Note(NoteType.DailyNote, NoteStatus.Finalized, pta), pta, Therapist(), Settings, Now));

        Assert.Contains("cannot be forwarded; corrections are addenda", problem.Message);
    }

    // Co-signing

    [Fact]
    public void The_therapist_a_note_was_forwarded_to_co_signs_it_and_both_signatures_are_recorded()
    {
        var pta = Assistant(finalizes: false);
        var pt = Therapist();
        var note = Note(NoteType.DailyNote, NoteStatus.Forwarded, pta) with { ForwardedToId = pt.Id };

        var decision = NoteLifecycle.CoSign(note, pt, [note], Now);

        Assert.Equal(new Finalization(pta.Id, pt.Id, Now, FinalizationKind.CoSigned), decision.Value);
    }

    [Fact]
    public void Another_therapist_does_not_co_sign_even_with_finalize_notes()
    {
        var pta = Assistant(finalizes: false);
        var note = Note(NoteType.DailyNote, NoteStatus.Forwarded, pta) with { ForwardedToId = Therapist().Id };

        var problem = Only(NoteLifecycle.CoSign(note, Therapist(), [note], Now));

        Assert.Equal(ProblemKind.NotPermitted, problem.Kind);
        Assert.Contains("only they co-sign it", problem.Message);
    }

    [Fact]
    public void The_co_signer_needs_finalize_notes()
    {
        var pt = User(UserType.PT, Permission.StartNotes);
        var note = Note(NoteType.DailyNote, NoteStatus.Forwarded, Assistant()) with { ForwardedToId = pt.Id };

        Assert.Contains("Finalize Notes", Only(NoteLifecycle.CoSign(note, pt, [note], Now)).Message);
    }

    [Theory]
    [InlineData(NoteStatus.Draft, "was not forwarded for co-signature")]
    [InlineData(NoteStatus.Finalized, "cannot be co-signed")]
    public void Only_a_forwarded_note_is_co_signed(NoteStatus status, string message)
    {
        var pt = Therapist();
        var note = Note(NoteType.DailyNote, status) with { ForwardedToId = pt.Id };

        Assert.Contains(message, Only(NoteLifecycle.CoSign(note, pt, [note], Now)).Message);
    }

    [Fact]
    public void A_forwarded_discharge_is_co_signed_only_after_the_other_notes_are_finalized()
    {
        var pt = Therapist();
        var discharge = Note(NoteType.DischargeSummary, NoteStatus.Forwarded, Student()) with { ForwardedToId = pt.Id };

        var problem = Only(NoteLifecycle.CoSign(discharge, pt, [Note(NoteType.InitialEvaluation), discharge], Now));

        Assert.Equal("caseNotes", problem.Field);
    }

    // Addenda

    [Fact]
    public void An_addendum_is_signed_and_dated_on_a_finalized_note()
    {
        var pt = Therapist();
        var note = Note(NoteType.DailyNote, NoteStatus.Finalized, pt);

        var decision = NoteLifecycle.AddAddendum(note, pt, "  Pain 4/10 at the end of the session, not 6/10. ", Now);

        Assert.Equal(new Addendum(note.Id, pt.Id, "Pain 4/10 at the end of the session, not 6/10.", Now), decision.Value);
    }

    [Theory]
    [InlineData(NoteStatus.Draft)]
    [InlineData(NoteStatus.Forwarded)]
    public void Addenda_are_only_for_finalized_notes(NoteStatus status)
    {
        var problem = Only(NoteLifecycle.AddAddendum(Note(NoteType.DailyNote, status), Therapist(), "Text", Now));

        Assert.Equal(ProblemKind.Conflict, problem.Kind);
        Assert.Contains("change the note itself", problem.Message);
    }

    [Fact]
    public void An_addendum_needs_text_and_a_clinician()
    {
        var decision = NoteLifecycle.AddAddendum(Note(NoteType.DailyNote, NoteStatus.Finalized), FrontOffice(), " ", Now);

        Assert.Equal(["note", "text"], decision.Problems.Select(p => p.Field));
        Assert.Null(decision.Value);
    }
}
