using Microsoft.EntityFrameworkCore;
using Rehab.Core.Common;
using Rehab.Core.Documentation;
using Rehab.Core.Outcomes;
using Rehab.Data;
using Rehab.Data.Documentation;
using Rehab.Data.Organization;
using Rehab.Data.Outcomes;
using Rehab.Data.Patients;
using Rehab.Data.Tenancy;
using Rehab.Web.Audit;
using Rehab.Web.Documentation;
using Rehab.Web.Settings;

namespace Rehab.Web.Outcomes;

/// <summary>
/// Outcome surveys on evaluative notes: attached to a draft by whoever may change it, answered (and scored) while the
/// note is a draft, shown on the patient as scores over time with the change since intake, and summed up per clinic as
/// a Net Promoter Score. Whether a note's survey is attached and complete is read from its surveys; no note save sets it.
/// Attaching or answering gives the note a new version, so that finalizing and answering cannot cross.
/// </summary>
public static class Surveys
{
    public static IReadOnlyList<InstrumentResponse> Instruments() => [.. OutcomeInstruments.All.Select(InstrumentResponse.From)];

    public static async Task<NoteResult<SurveyResponse>> AttachAsync(Guid noteId, NewSurveyRequest request, RehabDbContext db, ITenantContext tenant,
        NoteFactsLoader notes, CancellationToken ct)
    {
        var note = await notes.FindAsync(noteId, ct);
        if (note is null)
            return NoteResult.NotFound<SurveyResponse>("Note");
        if (await MayChangeAsync(note, db, tenant, ct) is { } refusal)
            return refusal.As<SurveyResponse>();
        var instrument = OutcomeInstruments.Find(request.Instrument);
        if (instrument is null)
            return NoteResult.Invalid<SurveyResponse>("instrument",
                $"Choose an instrument: {string.Join(", ", OutcomeInstruments.All.Select(i => i.Code))}.");
        if (!note.Type.IsEvaluative())
        {
            var message = $"Outcome surveys go on evaluative notes (Initial Evaluation, Progress Note, Discharge Summary); this is a {note.ToSummary().Name}.";
            return new(default, StatusCodes.Status422UnprocessableEntity, "The survey cannot be attached to this note", message,
                new Dictionary<string, string[]> { ["note"] = [message] });
        }
        if (await db.OutcomeSurveys.AnyAsync(s => s.NoteId == note.Id && s.InstrumentCode == instrument.Code, ct))
            return NoteResult.Conflict<SurveyResponse>("The survey is already attached", "instrument",
                $"A {instrument.Code} survey is already attached to this note; answer that one.");

        var now = notes.Now;
        var survey = new OutcomeSurvey
        {
            CompanyId = note.CompanyId, PatientId = note.PatientId, NoteId = note.Id, InstrumentCode = instrument.Code, CreatedAt = now, UpdatedAt = now,
        };
        db.OutcomeSurveys.Add(survey);
        NoteStore.Touch(note, now);
        var saved = await NoteStore.SaveAsync(db, ct);
        if (saved == SaveOutcome.Duplicate)
            return NoteResult.Conflict<SurveyResponse>("The survey is already attached", "instrument",
                $"A {instrument.Code} survey was attached to this note at the same moment; answer that one.");
        if (saved == SaveOutcome.Stale)
            return NoteStore.ChangedMeanwhile<SurveyResponse>(note);
        return NoteResult.Ok(await ResponseAsync(db, tenant, note, survey, ct), StatusCodes.Status201Created);
    }

    public static async Task<NoteResult<SurveyResponse>> AnswerAsync(Guid id, SurveyAnswersRequest request, RehabDbContext db, ITenantContext tenant,
        NoteFactsLoader notes, CancellationToken ct)
    {
        var survey = await db.OutcomeSurveys.FirstOrDefaultAsync(s => s.Id == id, ct);
        var note = survey is null ? null : await notes.FindAsync(survey.NoteId, ct);
        if (survey is null || note is null)
            return NoteResult.NotFound<SurveyResponse>("Survey");
        if (await MayChangeAsync(note, db, tenant, ct) is { } refusal)
            return refusal.As<SurveyResponse>();

        var instrument = OutcomeInstruments.Find(survey.InstrumentCode)!;
        var answers = request.Answers ?? [];
        var satisfaction = request.Satisfaction ?? [];
        var (score, problems) = SurveyScoring.Score(instrument, answers);
        var asked = await AskedAsync(db, note, ct);
        var all = problems.Concat(SatisfactionQuestions.Validate(asked, satisfaction).ToProblems()).ToList();
        if (all.Count > 0)
        {
            var detail = all.Count == 1 ? all[0].Message : $"{all.Count} answers are not on their scales: " + string.Join(" ", all.Select(p => p.Message));
            return new(default, StatusCodes.Status422UnprocessableEntity, "The survey's answers cannot be saved", detail, Problem.ToDictionary(all));
        }

        var now = notes.Now;
        survey.WriteAnswers(answers);
        survey.Score = score?.Score;
        survey.Complete = score?.IsComplete ?? false;
        survey.Recommend = satisfaction.TryGetValue(SatisfactionQuestions.Recommend.Code, out var recommend) ? recommend : null;
        survey.WriteSatisfaction(satisfaction.Where(a => a.Key != SatisfactionQuestions.Recommend.Code).ToDictionary());
        survey.UpdatedAt = now;
        NoteStore.Touch(note, now);
        if (await NoteStore.SaveAsync(db, ct) != SaveOutcome.Saved)
            return NoteStore.ChangedMeanwhile<SurveyResponse>(note);
        return NoteResult.Ok(await ResponseAsync(db, tenant, note, survey, asked, ct));
    }

    /// <summary>A survey the user may see, with the note it is on; null otherwise.</summary>
    public static async Task<(OutcomeSurvey Survey, Note Note)?> FindAsync(Guid id, RehabDbContext db, NoteFactsLoader notes, CancellationToken ct)
    {
        var survey = await db.OutcomeSurveys.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        return survey is not null && await notes.FindAsync(survey.NoteId, ct) is { } note ? (survey, note) : null;
    }

    /// <summary>The surveys attached to a note, in the order they were attached.</summary>
    public static async Task<IReadOnlyList<SurveyResponse>> OnNoteAsync(RehabDbContext db, ITenantContext tenant, Note note, CancellationToken ct)
    {
        var surveys = await db.OutcomeSurveys.AsNoTracking().Where(s => s.NoteId == note.Id).OrderBy(s => s.CreatedAt).ToListAsync(ct);
        var asked = await AskedAsync(db, note, ct);
        var responses = new List<SurveyResponse>(surveys.Count);
        foreach (var survey in surveys)
            responses.Add(await ResponseAsync(db, tenant, note, survey, asked, ct));
        return responses;
    }

    /// <summary>
    /// The survey with its score, what is missing, the clinic's satisfaction questions, and the change since the intake
    /// score.
    /// </summary>
    public static async Task<SurveyResponse> ResponseAsync(RehabDbContext db, ITenantContext tenant, Note note, OutcomeSurvey survey, CancellationToken ct) =>
        await ResponseAsync(db, tenant, note, survey, await AskedAsync(db, note, ct), ct);

    /// <summary>The satisfaction questions the note's clinic asks.</summary>
    private static async Task<IReadOnlyList<SatisfactionQuestion>> AskedAsync(RehabDbContext db, Note note, CancellationToken ct) =>
        SatisfactionQuestions.For(await SettingsStore.ClinicAsync(db, note.ClinicId, ct));

    private static async Task<SurveyResponse> ResponseAsync(RehabDbContext db, ITenantContext tenant, Note note, OutcomeSurvey survey,
        IReadOnlyList<SatisfactionQuestion> asked, CancellationToken ct)
    {
        var instrument = OutcomeInstruments.Find(survey.InstrumentCode)!;
        var progress = SurveyScoring.Progress(survey);
        var satisfaction = new Dictionary<string, int>(survey.ReadSatisfaction());
        if (survey.Recommend is { } recommend)
            satisfaction[SatisfactionQuestions.Recommend.Code] = recommend;
        return new SurveyResponse(survey.Id, survey.NoteId, survey.PatientId, InstrumentResponse.From(instrument), survey.ReadAnswers(), survey.Score,
            survey.Score is { } s ? instrument.Format(s) : null, survey.Score is null ? null : progress.Band, survey.Complete, progress.MissingItemNames,
            progress.Explanation, [.. asked.Select(SatisfactionQuestionResponse.From)], satisfaction, survey.UpdatedAt,
            survey.Score is { } current && await IntakeScoreAsync(db, tenant, note, survey, ct) is { } intake
                ? OutcomeChange.Between(instrument, intake, current)
                : null);
    }

    /// <summary>
    /// The patient's first score on the instrument, on a note before this one (any case), carried forward for
    /// comparison.
    /// </summary>
    private static Task<decimal?> IntakeScoreAsync(RehabDbContext db, ITenantContext tenant, Note note, OutcomeSurvey survey, CancellationToken ct) =>
        db.OutcomeSurveys.AsNoTracking()
            .Where(s => s.PatientId == survey.PatientId && s.InstrumentCode == survey.InstrumentCode && s.Id != survey.Id && s.Score != null)
            .Join(db.Notes.AsNoTracking().VisibleTo(tenant), s => s.NoteId, n => n.Id, (s, n) => new { s.Score, n.DateOfService, n.CreatedAt })
            .Where(x => x.DateOfService < note.DateOfService || (x.DateOfService == note.DateOfService && x.CreatedAt < note.CreatedAt))
            .OrderBy(x => x.DateOfService).ThenBy(x => x.CreatedAt)
            .Select(x => x.Score).FirstOrDefaultAsync(ct);

    public static async Task<NoteResult<PatientOutcomesResponse>> PatientOutcomesAsync(Guid patientId, HttpContext http, RehabDbContext db,
        ITenantContext tenant, CancellationToken ct)
    {
        if (!await db.Patients.AsNoTracking().VisibleTo(db, tenant).AnyAsync(p => p.Id == patientId, ct))
            return NoteResult.NotFound<PatientOutcomesResponse>("Patient");
        http.AuditPatient(patientId);
        var rows = await db.OutcomeSurveys.AsNoTracking().Where(s => s.PatientId == patientId)
            .Join(db.Notes.AsNoTracking().VisibleTo(tenant), s => s.NoteId, n => n.Id,
                (s, n) => new { Survey = s, n.Type, n.DateOfService, NoteCreatedAt = n.CreatedAt })
            .ToListAsync(ct);
        var instruments = new List<InstrumentOutcome>();
        foreach (var instrument in OutcomeInstruments.All)
        {
            var points = rows.Where(r => r.Survey.InstrumentCode == instrument.Code && r.Survey.Score is not null)
                .OrderBy(r => r.DateOfService).ThenBy(r => r.NoteCreatedAt)
                .Select(r => new OutcomePoint(r.Survey.Id, r.Survey.NoteId, r.Type, r.DateOfService, r.Survey.Score!.Value,
                    instrument.Format(r.Survey.Score!.Value), r.Survey.Complete))
                .ToList();
            if (points.Count == 0)
                continue;
            var change = points.Count > 1 ? OutcomeChange.Between(instrument, points[0].Score, points[^1].Score) : null;
            instruments.Add(new InstrumentOutcome(instrument.Code, instrument.Name, instrument.Direction.ToString(), instrument.Mcid, points, change));
        }
        return NoteResult.Ok(new PatientOutcomesResponse(patientId, instruments));
    }

    public static async Task<NoteResult<NpsResponse>> NpsAsync(Guid clinicId, DateOnly? from, DateOnly? to, RehabDbContext db, ITenantContext tenant,
        CancellationToken ct)
    {
        var clinic = await db.Clinics.AsNoTracking().VisibleTo(tenant).FirstOrDefaultAsync(c => c.Id == clinicId, ct);
        if (clinic is null)
            return NoteResult.NotFound<NpsResponse>("Clinic");
        var nps = await NpsOfClinicsAsync([(clinic.Id, clinic.Name)], from, to, db, tenant, ct);
        return nps.Succeeded ? NoteResult.Ok(nps.Value![0]) : nps.As<NpsResponse>();
    }

    /// <summary>
    /// The Net Promoter Score of each clinic, in the order given, from one read of the period's recommend answers.
    /// </summary>
    public static async Task<NoteResult<IReadOnlyList<NpsResponse>>> NpsOfClinicsAsync(IReadOnlyList<(Guid Id, string Name)> clinics, DateOnly? from,
        DateOnly? to, RehabDbContext db, ITenantContext tenant, CancellationToken ct)
    {
        if (from is { } start && to is { } end && start > end)
            return NoteResult.Invalid<IReadOnlyList<NpsResponse>>("from", "The period starts on or before its end (from ≤ to).");
        var ids = clinics.Select(c => c.Id).ToList();
        var notes = db.Notes.AsNoTracking().VisibleTo(tenant).Where(n => ids.Contains(n.ClinicId));
        if (from is { } f)
            notes = notes.Where(n => n.DateOfService >= f);
        if (to is { } t)
            notes = notes.Where(n => n.DateOfService <= t);
        var answers = (await db.OutcomeSurveys.AsNoTracking().Where(s => s.Recommend != null)
                .Join(notes, s => s.NoteId, n => n.Id, (s, n) => new
                {
                    n.ClinicId,
                    Answer = new RecommendAnswer(n.PatientId, n.DateOfService, s.UpdatedAt, s.Recommend!.Value),
                }).ToListAsync(ct))
            .ToLookup(a => a.ClinicId, a => a.Answer);
        NpsResponse Of((Guid Id, string Name) clinic)
        {
            var nps = NetPromoterScore.Of(RecommendAnswer.OnePerOccasion(answers[clinic.Id]));
            return new NpsResponse(clinic.Id, clinic.Name, from, to, nps?.Responses ?? 0, nps?.Promoters ?? 0, nps?.Passives ?? 0, nps?.Detractors ?? 0,
                nps?.Score);
        }
        return NoteResult.Ok<IReadOnlyList<NpsResponse>>([.. clinics.Select(Of)]);
    }

    /// <summary>Whether the user may answer the note's surveys now (see <see cref="MayChangeAsync"/>).</summary>
    public static async Task<bool> MayAnswerAsync(Note note, RehabDbContext db, ITenantContext tenant,
        CancellationToken ct) =>
        await MayChangeAsync(note, db, tenant, ct) is null;

    /// <summary>
    /// A survey changes with its note: while the note is a draft (or waits for co-signature), by whoever may change the
    /// note.
    /// </summary>
    private static async Task<NoteResult<object>?> MayChangeAsync(Note note, RehabDbContext db, ITenantContext tenant,
        CancellationToken ct)
    {
        var state = NoteLifecycle.MayChange(note.ToSummary(), await NoteUsers.MeAsync(db, tenant, ct));
        if (!state.IsAllowed)
            return NoteResult.Refused<object>(state, "changed");
        return SaveNote.MayChange(note, tenant.UserId!.Value) is { } refusal ? NoteResult.Forbidden<object>("note", refusal) : null;
    }
}
