using Rehab.Core.Documentation;
using Rehab.Core.Settings;
using Rehab.Core.Users;
using static Rehab.Core.Tests.Documentation.Clinic;

namespace Rehab.Core.Tests.Documentation;

public sealed class ClinicalAuthorshipTests
{
    private static readonly NoteUser LegacyClerical =
        User(UserType.Clerical, Permission.StartNotes, Permission.ForwardNotes, Permission.FinalizeNotes);

    [Theory]
    [InlineData(UserType.Clerical)]
    [InlineData(UserType.Biller)]
    public void Note_permissions_do_not_make_front_office_staff_clinicians(UserType type)
    {
        var user = User(type, Permission.StartNotes, Permission.ForwardNotes, Permission.FinalizeNotes);
        foreach (var noteType in Enum.GetValues<NoteType>().Where(t => t != NoteType.AdministrativeDischarge))
            Assert.NotNull(ClinicalAuthorship.Refusal(user.Type, noteType));
        Assert.Null(ClinicalAuthorship.Refusal(type, NoteType.AdministrativeDischarge));
    }

    [Fact]
    public void Clerical_note_permissions_neither_change_nor_sign_nor_addend_a_clinical_note()
    {
        var draft = Note(NoteType.DailyNote, author: LegacyClerical);
        Assert.False(NoteLifecycle.MayChange(draft, LegacyClerical).IsAllowed);
        var finalized = draft with { Status = NoteStatus.Finalized };
        Assert.False(NoteLifecycle.MayAddAddendum(finalized, LegacyClerical).IsAllowed);
        Assert.False(NoteLifecycle.Forward(draft, LegacyClerical, Therapist(), new ClinicSettings(), Now).IsAllowed);
    }

    [Fact]
    public void Student_addends_their_own_note_only()
    {
        var student = Student();
        var own = Note(NoteType.DailyNote, NoteStatus.Finalized, student);
        var therapists = Note(NoteType.DailyNote, NoteStatus.Finalized, Therapist());
        Assert.True(NoteLifecycle.MayAddAddendum(own, student).IsAllowed);
        Assert.False(NoteLifecycle.MayAddAddendum(therapists, student).IsAllowed);
    }
}
