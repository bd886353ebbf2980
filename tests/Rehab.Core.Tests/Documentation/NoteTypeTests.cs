using Rehab.Core.Documentation;
using Rehab.Core.Users;

namespace Rehab.Core.Tests.Documentation;

public sealed class NoteTypeTests
{
    [Theory]
    [InlineData(NoteType.InitialEvaluation, true, true, false, "Initial Evaluation")]
    [InlineData(NoteType.DailyNote, false, true, false, "Daily Note")]
    [InlineData(NoteType.ProgressNote, true, true, false, "Progress Note")]
    [InlineData(NoteType.DischargeSummary, true, true, true, "Discharge Summary")]
    [InlineData(NoteType.AdministrativeDischarge, false, false, true, "Administrative Discharge")]
    public void Each_type_is_evaluative_billable_or_a_discharge_as_domain_5_1_says(NoteType type, bool evaluative, bool billable, bool discharge, string name)
    {
        Assert.Equal(evaluative, type.IsEvaluative());
        Assert.Equal(billable, type.IsBillable());
        Assert.Equal(discharge, type.IsDischarge());
        Assert.Equal(name, type.DisplayName());
    }

    [Theory]
    [InlineData(null, "a Progress Note")]
    [InlineData(ProgressNoteLabel.ProgressNote, "a Progress Note")]
    [InlineData(ProgressNoteLabel.Reevaluation, "a Re-evaluation")]
    [InlineData(ProgressNoteLabel.Recertification, "a Recertification")]
    public void A_progress_note_goes_by_its_label(ProgressNoteLabel? label, string name) =>
        Assert.Equal(name, NoteType.ProgressNote.WithArticle(label));

    [Fact]
    public void Names_take_the_article_they_are_read_with()
    {
        Assert.Equal("an Initial Evaluation", NoteType.InitialEvaluation.WithArticle());
        Assert.Equal("Daily Note", NoteType.DailyNote.DisplayName(ProgressNoteLabel.Recertification));
        Assert.Equal(["a PT", "an OT", "an SLP", "a PTA", "a COTA", "an SLPA", "an SPT", "a front office user", "a biller"],
            new[] { UserType.PT, UserType.OT, UserType.SLP, UserType.PTA, UserType.COTA, UserType.SLPA, UserType.SPT, UserType.Clerical, UserType.Biller }
                .Select(t => t.WithArticle()));
    }

    [Fact]
    public void A_plan_of_care_ends_after_its_weeks()
    {
        var plan = new PlanOfCare(3, 4);

        Assert.Equal(12, plan.PlannedVisits);
        Assert.Equal(new DateOnly(2026, 3, 29), plan.EndsOn(new DateOnly(2026, 3, 2)));
    }
}
