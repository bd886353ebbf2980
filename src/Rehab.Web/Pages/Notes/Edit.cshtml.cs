using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Common;
using Rehab.Core.Documentation;
using Rehab.Core.Outcomes;
using Rehab.Core.Settings;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Tenancy;
using Rehab.Web.Audit;
using Rehab.Web.Auth;
using Rehab.Web.Documentation;
using Rehab.Web.Outcomes;
using Rehab.Web.Pages.Shared;

namespace Rehab.Web.Pages.Notes;

/// <summary>One charge line as the editor's table posts it.</summary>
public sealed class ChargeRow
{
    public string? Code { get; set; }
    public int? Minutes { get; set; }
    public int? AssistantMinutes { get; set; }
    /// <summary>59, XE, XS, XP or XU for an NCCI pair, separated by commas.</summary>
    public string? Modifiers { get; set; }
    /// <summary>
    /// The clinician attests the service was in its own 15-minute blocks, or on another body region, from its NCCI
    /// pair.
    /// </summary>
    public bool SeparateBlockOrRegion { get; set; }
    /// <summary>Kept as the line had them (set through the API); the editor does not change them.</summary>
    public string? PlaceOfService { get; set; }
    public DateOnly? DateOfService { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Code) && Minutes is null && AssistantMinutes is null && string.IsNullOrWhiteSpace(Modifiers);

    public static ChargeRow From(ChargeLineResponse c) => new()
    {
        Code = c.Code, Minutes = c.Minutes, AssistantMinutes = c.AssistantMinutes, Modifiers = string.Join(",", c.ChosenModifiers),
        SeparateBlockOrRegion = c.SeparateBlockOrRegion, PlaceOfService = c.PlaceOfService, DateOfService = c.DateOfService,
    };

    public ChargeBody ToBody() => new(Code, Minutes, AssistantMinutes, DateOfService, PlaceOfService,
        (Modifiers ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), SeparateBlockOrRegion);
}

/// <summary>
/// The note editor's form: SOAP, an evaluation's parts one per line, charges, minutes, tie choice, and the version
/// read.
/// </summary>
public sealed class NoteForm
{
    public string? Version { get; set; }
    public string? Subjective { get; set; }
    public string? Objective { get; set; }
    public string? Assessment { get; set; }
    public string? Plan { get; set; }
    public string? Problems { get; set; }
    public string? ShortTermGoals { get; set; }
    public string? LongTermGoals { get; set; }
    public int? FrequencyPerWeek { get; set; }
    public int? DurationWeeks { get; set; }
    public List<ChargeRow> Charges { get; set; } = [];
    public int? TotalTreatmentMinutes { get; set; }
    /// <summary>A tie's split as "97110:2,97112:1"; empty for the rule's own.</summary>
    public string? TieChoice { get; set; }

    public static NoteForm From(NoteResponse note)
    {
        var goals = note.Evaluation?.Goals ?? [];
        string Lines(IEnumerable<string?> lines) => string.Join('\n', lines);
        return new NoteForm
        {
            Version = note.Version, Subjective = note.Soap.Subjective, Objective = note.Soap.Objective, Assessment = note.Soap.Assessment,
            Plan = note.Soap.Plan, Problems = Lines(note.Evaluation?.Problems ?? []),
            ShortTermGoals = Lines(goals.Where(g => g.Term == nameof(GoalTerm.ShortTerm)).Select(g => g.Text)),
            LongTermGoals = Lines(goals.Where(g => g.Term != nameof(GoalTerm.ShortTerm)).Select(g => g.Text)),
            FrequencyPerWeek = note.Evaluation?.PlanOfCare?.FrequencyPerWeek, DurationWeeks = note.Evaluation?.PlanOfCare?.DurationWeeks,
            Charges = [.. note.Charges.Select(ChargeRow.From)],
            TotalTreatmentMinutes = note.TotalTreatmentMinutes, TieChoice = TieChoiceText(note.TieChoice),
        };
    }

    public NoteUpdate ToUpdate(NoteType type)
    {
        var goals = Split(ShortTermGoals).Select(g => new GoalBody(g, nameof(GoalTerm.ShortTerm)))
            .Concat(Split(LongTermGoals).Select(g => new GoalBody(g, nameof(GoalTerm.LongTerm)))).ToList();
        var problems = Split(Problems);
        var evaluation = !type.IsEvaluative() || (problems.Count == 0 && goals.Count == 0 && FrequencyPerWeek is null && DurationWeeks is null)
            ? null
            : new EvaluationBody(problems, goals,
                FrequencyPerWeek is null && DurationWeeks is null ? null : new PlanOfCareBody(FrequencyPerWeek ?? 0, DurationWeeks ?? 0));
        return new NoteUpdate(Version, new SoapBody(Subjective, Objective, Assessment, Plan), evaluation,
            Charges.Where(c => !c.IsBlank).Select(c => c.ToBody()).ToList(),
            TotalTreatmentMinutes, ParseTieChoice(TieChoice));
    }

    public static string TieChoiceText(IReadOnlyDictionary<string, int>? choice) =>
        choice is null ? "" : string.Join(',', choice.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}:{c.Value}"));

    private static Dictionary<string, int>? ParseTieChoice(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var choice = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split(':');
            choice[pair[0]] = pair.Length == 2 && int.TryParse(pair[1], NumberStyles.None, CultureInfo.InvariantCulture, out var units) ? units : -1;
        }
        return choice;
    }

    private static List<string?> Split(string? lines) =>
        (lines ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => (string?)l).ToList();
}

/// <summary>
/// The note editor: SOAP, an evaluation's parts, charge lines and minutes beside the live units panel, an evaluative
/// note's outcome surveys; save, attach a survey, and finalize, forward or co-sign as the rules allow. A finalized note
/// shows read-only with its signatures and surveys and takes addenda.
/// </summary>
[AuditsReads("Note")]
public sealed class EditModel(RehabDbContext db, ITenantContext tenant, NoteFactsLoader notes, IAuthorizationService authorization,
    TabletHandover handover) : PageModel
{
    /// <summary>Blank charge rows offered below the lines, so lines can be added without JavaScript.</summary>
    public const int BlankRows = 3;

    [BindProperty] public NoteForm Input { get; set; } = new();
    [BindProperty] public Guid? CoSignerId { get; set; }
    [BindProperty] public Guid? SupervisingTherapistId { get; set; }
    /// <summary>The co-signer attests directing a student's service in the room (Medicare).</summary>
    [BindProperty] public bool DirectedInRoom { get; set; }
    [BindProperty] public string? DelayedCertificationReason { get; set; }

    /// <summary>The finalizing clinician's word on KX where the engine cannot decide it.</summary>
    [BindProperty] public bool? KxApplies { get; set; }
    [BindProperty] public string? KxReason { get; set; }
    public IReadOnlyList<string> KxUndecided => IsFinalized ? [] : [.. Billing.Days.SelectMany(d => d.KxUndecided)];
    [BindProperty] public string? AddendumText { get; set; }
    /// <summary>The instrument of the survey to attach, by code.</summary>
    [BindProperty] public string? Instrument { get; set; }
    [TempData] public string? Notice { get; set; }
    public FormErrors Errors { get; } = new();

    public NoteResponse Note { get; private set; } = null!;
    public NoteBillingResponse Billing { get; private set; } = null!;
    public string PatientName { get; private set; } = "";
    public string CaseTitle { get; private set; } = "";
    public string ClinicName { get; private set; } = "";
    /// <summary>The patient's other finalized notes of the discipline on this note's date of service.</summary>
    public IReadOnlyList<string> SameDayVisits { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public bool CanFinalize { get; private set; }
    /// <summary>Why the signed-in user may not finalize the note, when they are its author and may not.</summary>
    public string? FinalizeRefusal { get; private set; }
    public bool CanForward { get; private set; }
    public bool CanCoSign { get; private set; }
    public bool AuthorIsStudent { get; private set; }
    public bool CanAddAddendum { get; private set; }
    public IReadOnlyList<FieldOption> CoSigners { get; private set; } = [];
    /// <summary>For an assistant who may finalize: the therapists to name as supervisor, the case's first.</summary>
    public IReadOnlyList<FieldOption> Supervisors { get; private set; } = [];
    /// <summary>The outcome surveys attached to the note, as attached.</summary>
    public IReadOnlyList<SurveyResponse> Surveys { get; private set; } = [];
    /// <summary>
    /// Whether the rules of the note's author require a completed outcome survey on an evaluative note, and why.
    /// </summary>
    public Reasoned<bool>? SurveyRequirement { get; private set; }
    /// <summary>The instruments not attached yet, each with what it measures, for the attach form.</summary>
    public IReadOnlyList<FieldOption> Instruments { get; private set; } = [];

    public bool IsFinalized => Note.Status == NoteStatus.Finalized;

    /// <summary>Every field on the page, in page order, as the error summary links them.</summary>
    public IReadOnlyList<string> Fields =>
    [
        "soap.subjective", "soap.objective", "soap.assessment", "soap.plan", "evaluation.problems", "evaluation.goals", "evaluation.planOfCare",
        .. Enumerable.Range(0, Input.Charges.Count + BlankRows).SelectMany(i => new[] { $"charges[{i}].code", $"charges[{i}].minutes", $"charges[{i}].assistantMinutes", $"charges[{i}].chosenModifiers" }),
        "totalTreatmentMinutes", "outcomeSurvey", "instrument", "tieChoice", "kxAttestation", "kxAttestation.reason",
        "supervisingTherapistId", "delayedCertificationReason", "directedInRoom", "coSignerId", "text",
    ];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        HttpContext.AuditPatient(Note.PatientId);
        Input = NoteForm.From(Note);
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken ct) => SaveThenAsync<NoteResponse>(id, "Saved.", null, ct);

    /// <summary>Saves the form, then attaches a survey of the chosen instrument as the survey API does.</summary>
    public async Task<IActionResult> OnPostAttachSurveyAsync(Guid id, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, NotePolicies.WriteNotes)).Succeeded)
            return Forbid();
        var instrument = OutcomeInstruments.Find(Instrument);
        return await SaveThenAsync(id, $"{instrument?.Code} survey attached. The patient can fill it in on the tablet now.",
            () => Outcomes.Surveys.AttachAsync(id, new NewSurveyRequest(Instrument), db, tenant, notes, ct), ct);
    }

    /// <summary>
    /// Saves the form, then locks the sign-in to one of the note's surveys, as the tablet page's own hand-over does, and
    /// opens that survey for the patient. A survey of another note, or a note whose surveys may no longer be answered,
    /// locks nothing: the editor shows why.
    /// </summary>
    public Task<IActionResult> OnPostHandOverAsync(Guid id, Guid? surveyId, CancellationToken ct)
    {
        ModelState.Remove(nameof(surveyId)); // a malformed id is answered as a survey not on this note, not as a form field
        return SaveThenAsync(id, null, () => HandOverAsync(id, surveyId, ct), ct, survey => Redirect(TabletLock.TakePath(survey)));
    }

    private async Task<NoteResult<Guid>> HandOverAsync(Guid id, Guid? surveyId, CancellationToken ct)
    {
        if (surveyId is not { } survey || await Outcomes.Surveys.FindAsync(survey, db, notes, ct) is not { } found || found.Note.Id != id)
            return NoteResult.Invalid<Guid>("outcomeSurvey", "That survey is not attached to this note; hand over one of the surveys listed here.");
        if (!await Outcomes.Surveys.MayAnswerAsync(found.Note, db, tenant, ct))
            return NoteResult.Forbidden<Guid>("outcomeSurvey",
                "The note's surveys can no longer be answered: only while it is a draft or waits for co-signature, by whoever may change it.");
        if (!await handover.LockAsync(User, survey, found.Note.PatientId, ct))
            return NoteResult.Forbidden<Guid>("outcomeSurvey", "Your sign-in could not be locked to the survey; sign in again, then hand the tablet over.");
        return NoteResult.Ok(survey);
    }

    public Task<IActionResult> OnPostFinalizeAsync(Guid id, CancellationToken ct) =>
        SaveThenAsync(id, "Finalized.", () => SignNote.FinalizeAsync(id,
            new FinalizeRequest(SupervisingTherapistId, DelayedCertificationReason, KxAttestation),
            db, tenant, notes, ct), ct);

    public Task<IActionResult> OnPostForwardAsync(Guid id, CancellationToken ct) =>
        SaveThenAsync(id, "Forwarded for co-signature.", () => ForwardNote.RunAsync(id, new ForwardRequest(CoSignerId), db, tenant, notes, ct), ct);

    public Task<IActionResult> OnPostCoSignAsync(Guid id, CancellationToken ct) =>
        SaveThenAsync(id, "Co-signed.", () => SignNote.CoSignAsync(id,
            new CoSignRequest(DirectedInRoom, DelayedCertificationReason, KxAttestation), db, tenant, notes, ct), ct);

    private KxAttestationRequest? KxAttestation =>
        KxApplies is null && string.IsNullOrWhiteSpace(KxReason) ? null : new KxAttestationRequest(KxApplies, KxReason);

    public async Task<IActionResult> OnPostAddendumAsync(Guid id, CancellationToken ct)
    {
        var result = await WriteAddendum.RunAsync(id, new AddendumRequest(AddendumText), db, tenant, notes, ct);
        if (result.Status == StatusCodes.Status404NotFound)
            return NotFound();
        if (result.Succeeded)
        {
            Notice = "Addendum added.";
            return RedirectToPage(new { id });
        }
        Errors.AddAll(result.Messages);
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    /// <summary>
    /// Saves the form, then does the action (finalize, forward, co-sign, hand over) on the saved note; stops at the first
    /// refusal. Done, it shows the note again with <paramref name="done"/>, or goes where <paramref name="then"/> says.
    /// </summary>
    private async Task<IActionResult> SaveThenAsync<T>(Guid id, string? done, Func<Task<NoteResult<T>>>? action, CancellationToken ct,
        Func<T, IActionResult>? then = null)
    {
        foreach (var (key, entry) in ModelState)
            if (entry.Errors.Count > 0)
                Errors.Add(FieldOf(key), "Enter a whole number.");
        if (!Errors.Any)
        {
            var note = await notes.FindAsync(id, ct);
            if (note is null)
                return NotFound();
            var saved = await SaveNote.RunAsync(id, Input.ToUpdate(note.Type), db, tenant, notes, ct);
            var acted = saved.Succeeded && action is not null ? await action() : null;
            var refusal = !saved.Succeeded ? saved.Messages : acted is null ? null : RefusalOf(acted);
            if (refusal is null)
            {
                if (then is not null && acted is not null)
                    return then(acted.Value!);
                Notice = done;
                return RedirectToPage(new { id });
            }
            if (saved.Succeeded)
                Input.Version = saved.Value!.Version; // saved, then refused: the form now stands for the saved version
            Errors.AddAll(refusal.Select(m => KeyValuePair.Create(FieldOf(m.Key), m.Value)));
        }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private static IEnumerable<KeyValuePair<string, string[]>>? RefusalOf<T>(NoteResult<T> result) => result.Succeeded ? null : result.Messages;

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var note = await notes.FindAsync(id, ct);
        if (note is null)
            return false;
        var facts = await notes.LoadAsync(note, ct);
        Note = await NoteResponse.ForAsync(db, note, ct);
        // a refused form shows what its lines would bill, as the live panel did before it was sent
        var posted = Errors.Any && !IsFinalized && Input.Charges.Count > 0 ? Input.ToUpdate(note.Type) : null;
        Billing = posted is not null
            ? NoteBillingResponse.Live(id, await notes.BillAsync(facts, [.. posted.Charges!.Select(c => c.ToDraft(note.DateOfService))], posted.TieChoice, ct))
            : await NoteQueries.BillingOfAsync(facts, notes, ct);
        var patient = await db.Patients.AsNoTracking().Where(p => p.Id == note.PatientId).Select(p => new { p.FirstName, p.LastName }).SingleAsync(ct);
        PatientName = $"{patient.FirstName} {patient.LastName}";
        CaseTitle = facts.Case.Title;
        ClinicName = facts.Clinic.Name;
        SameDayVisits = note.Status == NoteStatus.Finalized ? [] : await VisitDays.OtherVisitsAsync(db, facts, ct);
        if (note.Type.IsEvaluative())
        {
            Surveys = await Outcomes.Surveys.OnNoteAsync(db, tenant, note, ct);
            SurveyRequirement = IsFinalized ? null : facts.AuthorRules.OutcomeSurveyRequired;
            Instruments = [new("", "Choose an instrument"), .. OutcomeInstruments.All.Where(i => Surveys.All(s => s.Instrument.Code != i.Code))
                .Select(i => new FieldOption(i.Code, $"{i.Code} — {i.Name}: {i.Measures}"))];
        }

        var me = await NoteUsers.MeAsync(db, tenant, ct);
        var summary = facts.Summary;
        CanEdit = NoteLifecycle.MayChange(summary, me).IsAllowed && SaveNote.MayChange(note, me.Id) is null;
        CanAddAddendum = NoteLifecycle.MayAddAddendum(summary, me).IsAllowed;
        CanCoSign = note.Status == NoteStatus.Forwarded && note.ForwardedToId == me.Id && me.Holds(Permission.FinalizeNotes);
        AuthorIsStudent = facts.Author.Type.IsStudent();
        CanForward = !IsFinalized && note.AuthorId == me.Id && me.Holds(Permission.ForwardNotes);
        if (note.Status == NoteStatus.Draft && note.AuthorId == me.Id)
        {
            var supervisor = me.Type.IsAssistant() ? await NoteUsers.FindAsync(db, tenant, facts.Case.AssignedTherapistId, ct) : null;
            var may = NoteLifecycle.Finalize(summary, me, facts.Sources.For(me.ToActingUser()), supervisor, facts.Sources.Clinic, facts.CaseNotes, facts.Now);
            var refusal = may.Problems.FirstOrDefault(p => p.Kind == ProblemKind.NotPermitted);
            CanFinalize = refusal is null;
            FinalizeRefusal = refusal?.Message;
            if (CanFinalize && me.Type.IsAssistant())
                Supervisors = Options(await NoteUsers.TherapistsAsync(db, tenant, note.ClinicId, me.Type.Discipline(), me.Id, ct), facts.Case.AssignedTherapistId);
        }
        if (CanForward)
            CoSigners = [new("", "Choose a therapist"), .. Options(await NoteUsers.TherapistsAsync(db, tenant, note.ClinicId, me.Type.Discipline(), me.Id, ct), null)];
        return true;
    }

    private static List<FieldOption> Options(IReadOnlyList<NoteUserChoice> users, Guid? first) =>
        users.OrderBy(u => u.Id == first ? 0 : 1).Select(u => new FieldOption(u.Id.ToString(), $"{u.Name} ({u.Type})")).ToList();

    /// <summary>
    /// The page field an error belongs to: its form key or its API field, as the inputs' ids name them.
    /// </summary>
    private static string FieldOf(string key)
    {
        if (key.StartsWith("evaluation.problems", StringComparison.Ordinal) || key == "Input.Problems")
            return "evaluation.problems";
        if (key.StartsWith("evaluation.goals", StringComparison.Ordinal) || key.EndsWith("Goals", StringComparison.Ordinal))
            return "evaluation.goals";
        if (key.StartsWith("evaluation.planOfCare", StringComparison.Ordinal) || key is "Input.FrequencyPerWeek" or "Input.DurationWeeks")
            return "evaluation.planOfCare";
        if (!key.StartsWith("Input.", StringComparison.Ordinal))
            return key;
        return string.Join('.', key["Input.".Length..].Split('.').Select(part => char.ToLowerInvariant(part[0]) + part[1..]));
    }
}

/// <summary>What the units panel shows, and whether its tie choices can be changed (on a note being edited).</summary>
public sealed record UnitsPanel(NoteBillingResponse Billing, bool Choosable);

/// <summary>
/// The editor's outcome surveys: those attached, what the rules require, and, on a note being edited, the attach form.
/// </summary>
public sealed record OutcomeSurveysSection(
    IReadOnlyList<SurveyResponse> Surveys, Reasoned<bool>? Requirement, bool Editable, IReadOnlyList<FieldOption> Instruments, string? Instrument,
    FormErrors Errors);
