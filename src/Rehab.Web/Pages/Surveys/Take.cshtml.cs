using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Data;
using Rehab.Data.Tenancy;
using Rehab.Web.Audit;
using Rehab.Web.Auth;
using Rehab.Web.Documentation;
using Rehab.Web.Outcomes;

namespace Rehab.Web.Pages.Surveys;

/// <summary>
/// The tablet page a patient fills a survey in on: only the survey's items and the clinic's questions, no navigation.
/// Saved as the survey API saves it, so only while its note may change, by whoever may change the note.
/// The clinician hands the tablet over from here: their sign-in is then locked to this survey until they unlock it.
/// </summary>
[AuditsReads("OutcomeSurvey")]
public sealed class TakeModel(RehabDbContext db, ITenantContext tenant, NoteFactsLoader notes, TabletHandover handover) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public SurveyResponse Survey { get; private set; } = null!;
    public bool Saved { get; private set; }
    public IReadOnlyList<KeyValuePair<string, string[]>> Errors { get; private set; } = [];
    public bool Locked => User.LockedSurvey() == Id;
    /// <summary>
    /// The note may still change and the user may change it: otherwise the survey shows read-only, with no hand-over.
    /// </summary>
    public bool Answerable { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await Outcomes.Surveys.FindAsync(Id, db, notes, ct) is not { } found)
            return NotFound();
        HttpContext.AuditPatient(found.Note.PatientId);
        Survey = await Outcomes.Surveys.ResponseAsync(db, tenant, found.Note, found.Survey, ct);
        Answerable = await Outcomes.Surveys.MayAnswerAsync(found.Note, db, tenant, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await Outcomes.Surveys.FindAsync(Id, db, notes, ct) is not { } found)
            return NotFound();
        Survey = await Outcomes.Surveys.ResponseAsync(db, tenant, found.Note, found.Survey, ct);
        Answerable = await Outcomes.Surveys.MayAnswerAsync(found.Note, db, tenant, ct);
        var answers = Survey.Instrument.Items.Select(i => Number($"item-{i.Number}")).ToList();
        while (answers.Count > 0 && answers[^1] is null)
            answers.RemoveAt(answers.Count - 1);
        var satisfaction = Survey.SatisfactionQuestions.Select(q => (q.Code, Answer: Number($"q-{q.Code}")))
            .Where(q => q.Answer is not null).ToDictionary(q => q.Code, q => q.Answer!.Value);
        var result = await Outcomes.Surveys.AnswerAsync(Id, new SurveyAnswersRequest(answers, satisfaction), db, tenant, notes, ct);
        if (!result.Succeeded)
        {
            Errors = [.. result.Messages];
            Survey = Survey with { Answers = answers, Satisfaction = satisfaction };
            Response.StatusCode = result.Status;
            return Page();
        }
        Survey = result.Value!;
        Saved = true;
        return Page();
    }

    public async Task<IActionResult> OnPostHandOverAsync(CancellationToken ct)
    {
        if (await Outcomes.Surveys.FindAsync(Id, db, notes, ct) is not { } found)
            return NotFound();
        if (!await Outcomes.Surveys.MayAnswerAsync(found.Note, db, tenant, ct)
            || !await handover.LockAsync(User, Id, found.Note.PatientId, ct))
            return Forbid();
        return Redirect(TabletLock.TakePath(Id));
    }

    private int? Number(string field) => int.TryParse(Request.Form[field], out var n) ? n : null;

    public int? Answer(int itemNumber) => itemNumber <= Survey.Answers.Count ? Survey.Answers[itemNumber - 1] : null;
}
