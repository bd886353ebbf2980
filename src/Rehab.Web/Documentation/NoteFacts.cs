using Microsoft.EntityFrameworkCore;
using Rehab.Core.Billing;
using Rehab.Core.Billing.Threshold;
using Rehab.Core.Cases;
using Rehab.Core.Documentation;
using Rehab.Core.Organization;
using Rehab.Core.Outcomes;
using Rehab.Core.Settings;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Billing;
using Rehab.Data.Cases;
using Rehab.Data.Documentation;
using Rehab.Data.Patients;
using Rehab.Data.Tenancy;
using Rehab.Web.Outcomes;
using Rehab.Web.Patients;
using Rehab.Web.Settings;

namespace Rehab.Web.Documentation;

/// <summary>
/// What the note rules need besides the note's content: its case, the settings its rules come from (company, the case's
/// clinic and payers), its author, the discipline of the plan of care, the company's codes, the other notes of the case,
/// and the time, with the date at the clinic.
/// </summary>
public sealed record NoteFacts(
    Note Note, Case Case, Clinic Clinic, RuleSources Sources, NoteUser Author, Discipline Discipline, CodeCatalog Catalog,
    IReadOnlyList<NoteSummary> CaseNotes, DateTimeOffset Now)
{
    public DateOnly Today => Clinic.DateAt(Now);

    /// <summary>The patient's date of birth: no visit is before it.</summary>
    public DateOnly? PatientDateOfBirth { get; init; }

    public NoteSummary Summary => Note.ToSummary();

    /// <summary>The rules the note's content and billing follow: those of its author.</summary>
    public EffectiveRules AuthorRules => Sources.For(Author.ToActingUser());

    public CaseFacts CaseFacts => new(
        [.. Codes.Split(Case.TreatingDiagnoses).Select(d => Icd10Code.TryParse(d, out var code) ? code : (Icd10Code?)null).OfType<Icd10Code>()],
        Case.PlaceOfService)
    {
        PatientDateOfBirth = PatientDateOfBirth, Start = DateOfServiceRule.CaseStart(Note.Type, CaseNotes, Note.Id),
    };
}

/// <summary>Reads notes the signed-in user may see, and the facts the note rules need about them.</summary>
public sealed class NoteFactsLoader(RehabDbContext db, ITenantContext tenant, CompanyCodes codes, NcciEditImport edits, TimeProvider clock)
{
    /// <summary>
    /// The note with its charge lines, tracked, when the user may see it (company and clinic); otherwise null.
    /// </summary>
    public Task<Note?> FindAsync(Guid id, CancellationToken ct) =>
        db.Notes.VisibleTo(tenant).Include(n => n.Charges).FirstOrDefaultAsync(n => n.Id == id, ct);

    /// <summary>The case, tracked, when the user may see it; otherwise null.</summary>
    public Task<Case?> FindCaseAsync(Guid id, CancellationToken ct) => db.Cases.VisibleTo(tenant).FirstOrDefaultAsync(c => c.Id == id, ct);

    /// <summary>The facts about a note the user may see, its case tracked (a discharge changes it).</summary>
    public async Task<NoteFacts> LoadAsync(Note note, CancellationToken ct)
    {
        var @case = await db.Cases.VisibleTo(tenant).SingleAsync(c => c.Id == note.CaseId, ct);
        var author = await NoteUsers.FindAsync(db, tenant, note.AuthorId, ct)
                     ?? throw new InvalidOperationException($"The author of note {note.Id} is not in the company.");
        var clinic = await db.Clinics.AsNoTracking().SingleAsync(c => c.Id == @case.ClinicId, ct);
        var policyIds = new[] { @case.PrimaryPolicyId, @case.SecondaryPolicyId ?? Guid.Empty };
        var payers = await db.Policies.AsNoTracking().Where(p => policyIds.Contains(p.Id))
            .Join(db.Payers.AsNoTracking(), p => p.PayerId, payer => payer.Id, (p, payer) => new { PolicyId = p.Id, Payer = payer })
            .ToDictionaryAsync(p => p.PolicyId, p => p.Payer, ct);
        var sources = await SettingsStore.SourcesAsync(db, clinic.Id, payers[@case.PrimaryPolicyId],
            @case.SecondaryPolicyId is { } secondary ? payers.GetValueOrDefault(secondary) : null, ct);
        // the plan of care's discipline is the case therapist's (GP/GO/GN)
        var therapist = await db.Users.AsNoTracking().Where(u => u.Id == @case.AssignedTherapistId).Select(u => (UserType?)u.UserType).FirstOrDefaultAsync(ct);
        var born = await db.Patients.AsNoTracking().Where(p => p.Id == @case.PatientId)
            .Select(p => (DateOnly?)p.DateOfBirth).FirstOrDefaultAsync(ct);
        return new NoteFacts(note, @case, clinic, sources, author, PlanOfCareDiscipline.Of(therapist, author.Type),
            await codes.CatalogAsync(ct), await CaseNotesAsync(@case.Id, ct), clock.GetUtcNow())
        {
            PatientDateOfBirth = born,
        };
    }

    /// <summary>The charges billed under the note author's rules, with the clinician's split of a tie.</summary>
    public async Task<NoteBillingResult> BillAsync(NoteFacts facts, IReadOnlyList<ChargeLineDraft> charges, IReadOnlyDictionary<string, int>? tieChoice,
        CancellationToken ct) =>
        NoteBilling.Compute(charges, await BillingContextAsync(facts, charges, tieChoice, ct));

    /// <summary>
    /// What the charges are billed under: the author's rules, the primary payer, the case's discipline, the company's
    /// codes and NCCI edits.
    /// </summary>
    public async Task<NoteBillingContext> BillingContextAsync(NoteFacts facts, IReadOnlyList<ChargeLineDraft> charges,
        IReadOnlyDictionary<string, int>? tieChoice, CancellationToken ct)
    {
        var codes = charges.Select(c => c.Code?.Trim().ToUpperInvariant()).OfType<string>().Distinct().ToList();
        var rules = facts.AuthorRules;
        return new NoteBillingContext(rules, facts.Sources.Primary.Name, facts.Discipline, facts.Author.Type)
        {
            Catalog = facts.Catalog,
            Edits = await edits.TableForAsync(codes, ct),
            TieChoice = TieChoices.ToAllocation(tieChoice),
            BilledBefore = await VisitDays.BilledBeforeAsync(db, facts, charges, ct),
            KxAttestation = await KxAttestations.ReadAsync(db, facts.Note, ct),
            MedicareSpending = rules.ThresholdModifier.Value ? await MedicareSpendingAsync(facts, charges, ct) : null,
        };
    }

    /// <summary>
    /// The patient's Medicare spending in the years of the charges, other than this note's, for KX. Without the
    /// clinic's fee-schedule setting the note's lines are not priced: KX is decided only when the rest passes.
    /// </summary>
    private async Task<MedicareSpending?> MedicareSpendingAsync(NoteFacts facts, IReadOnlyList<ChargeLineDraft> charges, CancellationToken ct)
    {
        if (charges.Count == 0)
            return null;
        var setting = facts.Sources.Clinic.MedicareFeeSchedule;
        var from = new DateOnly(charges.Min(c => c.DateOfService).Year, 1, 1);
        var to = new DateOnly(charges.Max(c => c.DateOfService).Year, 12, 31);
        var history = await MedicareHistory.LoadAsync(db, facts.Note.PatientId, from, to, setting, ct, exceptNoteId: facts.Note.Id);
        return new MedicareSpending(setting, history.FeeSchedule, history.Services, [.. history.PriorAmounts.Select(p => p.ToPriorProviderAmount())]);
    }

    /// <summary>Every note of the case, as the lifecycle rules see them.</summary>
    public async Task<IReadOnlyList<NoteSummary>> CaseNotesAsync(Guid caseId, CancellationToken ct) =>
        (await db.Notes.AsNoTracking().VisibleTo(tenant).Where(n => n.CaseId == caseId)
            .Select(n => new { Note = n, HasCharges = n.Charges.Any() }).ToListAsync(ct))
        .Select(n => n.Note.ToSummary() with { HasCharges = n.HasCharges })
        .OrderBy(n => n.DateOfService).ToList();

    /// <summary>
    /// Where the note's outcome survey stands, for the finalization check: the first incomplete survey attached to it,
    /// or the first when all are complete; null when none is attached.
    /// </summary>
    public async Task<SurveyScore?> SurveyScoreAsync(Guid noteId, CancellationToken ct)
    {
        var surveys = await db.OutcomeSurveys.AsNoTracking().Where(s => s.NoteId == noteId).OrderBy(s => s.CreatedAt).ToListAsync(ct);
        var scores = surveys.Select(SurveyScoring.Progress).ToList();
        return scores.FirstOrDefault(s => !s.IsComplete) ?? scores.FirstOrDefault();
    }

    /// <summary>The claim lines stored when the note was finalized.</summary>
    public Task<IReadOnlyList<ClaimLineResponse>> ClaimLinesAsync(Guid noteId, CancellationToken ct) =>
        ClaimRows.OfNoteAsync(db, noteId, ct);

    public DateTimeOffset Now => clock.GetUtcNow();
}
