using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Billing;
using Rehab.Core.Common;
using Rehab.Core.Documentation;
using Rehab.Data;
using Rehab.Data.Documentation;

namespace Rehab.Web.Documentation;

public sealed record ChargeLineResponse(
    string Code, int? Minutes, int? AssistantMinutes, DateOnly DateOfService, string? PlaceOfService, IReadOnlyList<string> ChosenModifiers,
    bool SeparateBlockOrRegion, int? BilledUnits, IReadOnlyList<string> BilledModifiers, string? BilledExplanation)
{
    public static ChargeLineResponse From(ChargeLine c) => new(c.Code, c.Minutes, c.AssistantMinutes, c.DateOfService, c.PlaceOfService,
        Codes.Split(c.ChosenModifiers), c.SeparateBlockOrRegion, c.BilledUnits, Codes.Split(c.BilledModifiers), c.BilledExplanation);
}

/// <summary>
/// A signature on a finalized note. Role: Signed, Forwarded for co-signature, Co-signed, or Supervising therapist.
/// </summary>
public sealed record SignatureResponse(string Role, Guid UserId, string Name, DateTimeOffset? At);

public sealed record AddendumResponse(Guid Id, Guid AuthorId, string AuthorName, string Text, DateTimeOffset SignedAt);

/// <summary>
/// A note with its content, charges, where it stands, its signatures and addenda, and the version to send back when saving.
/// OutcomeSurveyAttached and OutcomeSurveyComplete follow from the surveys stored on the note (complete: every one is).
/// </summary>
public sealed record NoteResponse(
    Guid Id, string Name, Guid CaseId, Guid PatientId, Guid ClinicId,
    [property: JsonConverter(typeof(JsonStringEnumConverter<NoteType>))] NoteType Type,
    [property: JsonConverter(typeof(JsonStringEnumConverter<ProgressNoteLabel>))] ProgressNoteLabel? Label,
    [property: JsonConverter(typeof(JsonStringEnumConverter<NoteStatus>))] NoteStatus Status,
    DateOnly DateOfService, Guid AuthorId, string AuthorName,
    SoapBody Soap, EvaluationBody? Evaluation, IReadOnlyList<ChargeLineResponse> Charges, int? TotalTreatmentMinutes,
    bool OutcomeSurveyAttached, bool OutcomeSurveyComplete, IReadOnlyDictionary<string, int>? TieChoice,
    Guid? ForwardedToId, string? ForwardedToName, DateTimeOffset? ForwardedAt, string? SupervisionWording,
    Guid? FinalizedById, string? FinalizedByName, DateTimeOffset? FinalizedAt,
    [property: JsonConverter(typeof(JsonStringEnumConverter<FinalizationKind>))] FinalizationKind? FinalizationKind,
    Guid? SupervisingTherapistId, string? SupervisingTherapistName, string? BilledUnitRule, string? BilledUnitRuleReason,
    IReadOnlyList<SignatureResponse> Signatures, IReadOnlyList<AddendumResponse> Addenda,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string Version)
{
    public static async Task<NoteResponse> ForAsync(RehabDbContext db, Note note, CancellationToken ct)
    {
        var addenda = await db.NoteAddenda.AsNoTracking().Where(a => a.NoteId == note.Id).OrderBy(a => a.SignedAt).ToListAsync(ct);
        var names = await NoteUsers.NamesAsync(db,
            [note.AuthorId, note.ForwardedToId, note.FinalizedById, note.SupervisingTherapistId, .. addenda.Select(a => (Guid?)a.AuthorId)], ct);
        string Name(Guid? id) => id is { } known ? names.GetValueOrDefault(known, "a former user") : "";
        var content = note.ToContent();
        var surveys = await db.OutcomeSurveys.AsNoTracking().Where(s => s.NoteId == note.Id).Select(s => s.Complete).ToListAsync(ct);
        return new NoteResponse(
            note.Id, note.ToSummary().Name, note.CaseId, note.PatientId, note.ClinicId, note.Type, note.Label, note.Status, note.DateOfService,
            note.AuthorId, Name(note.AuthorId),
            new SoapBody(note.Subjective, note.Objective, note.Assessment, note.Plan),
            content.Evaluation is { } evaluation ? EvaluationBody.From(evaluation) : null,
            note.Charges.OrderBy(c => c.Position).Select(ChargeLineResponse.From).ToList(),
            note.TotalTreatmentMinutes, surveys.Count > 0, surveys.Count > 0 && surveys.All(complete => complete), TieChoices.Read(note.TieChoice),
            note.ForwardedToId, note.ForwardedToId is null ? null : Name(note.ForwardedToId), note.ForwardedAt, note.SupervisionWording,
            note.FinalizedById, note.FinalizedById is null ? null : Name(note.FinalizedById), note.FinalizedAt, note.FinalizationKind,
            note.SupervisingTherapistId, note.SupervisingTherapistId is null ? null : Name(note.SupervisingTherapistId),
            note.BilledUnitRule, note.BilledUnitRuleReason,
            SignaturesOf(note, Name),
            addenda.Select(a => new AddendumResponse(a.Id, a.AuthorId, Name(a.AuthorId), a.Text, a.SignedAt)).ToList(),
            note.CreatedAt, note.UpdatedAt, NoteVersion.Of(note));
    }

    private static List<SignatureResponse> SignaturesOf(Note note, Func<Guid?, string> name)
    {
        if (note is not { Status: NoteStatus.Finalized, FinalizedById: { } finalizer })
            return [];
        return note.FinalizationKind switch
        {
            Rehab.Core.Documentation.FinalizationKind.CoSigned =>
            [
                new("Forwarded for co-signature", note.AuthorId, name(note.AuthorId), note.ForwardedAt),
                new("Co-signed", finalizer, name(finalizer), note.FinalizedAt),
            ],
            Rehab.Core.Documentation.FinalizationKind.SignedUnderSupervision when note.SupervisingTherapistId is { } supervisor =>
            [
                new("Signed", finalizer, name(finalizer), note.FinalizedAt),
                new("Supervising therapist", supervisor, name(supervisor), null),
            ],
            _ => [new("Signed", finalizer, name(finalizer), note.FinalizedAt)],
        };
    }
}

/// <summary>A note in a list: what it is, whose, and where it stands.</summary>
public sealed record NoteListItem(
    Guid Id, string Name,
    [property: JsonConverter(typeof(JsonStringEnumConverter<NoteType>))] NoteType Type,
    [property: JsonConverter(typeof(JsonStringEnumConverter<ProgressNoteLabel>))] ProgressNoteLabel? Label,
    [property: JsonConverter(typeof(JsonStringEnumConverter<NoteStatus>))] NoteStatus Status, DateOnly DateOfService, Guid AuthorId, string AuthorName,
    Guid? ForwardedToId, DateTimeOffset? FinalizedAt);

/// <summary>A note waiting for the signed-in therapist's co-signature.</summary>
public sealed record CoSignItem(
    Guid Id, string Name, DateOnly DateOfService, Guid PatientId, string PatientName, Guid CaseId, string CaseTitle, Guid AuthorId,
    string AuthorName, DateTimeOffset? ForwardedAt, string? SupervisionWording);

public sealed record UnitRuleResponse([property: JsonConverter(typeof(JsonStringEnumConverter<UnitRule>))] UnitRule Value, string Name, string Reason);

/// <summary>One charge line's billing: units, modifiers as the claim carries them, and why.</summary>
/// <param name="ClaimLines">The line as the claim carries it, such as "97110-GP ×2" (two lines when only some units carry CQ or CO).</param>
public sealed record ChargeBillingResponse(
    int Index, string? Code, int? Minutes, int Units, IReadOnlyList<string> Modifiers, IReadOnlyList<string> ClaimLines, string Explanation,
    IReadOnlyList<string> ModifierExplanations, IReadOnlyList<string> Warnings, IReadOnlyList<string> Refusals);

/// <summary>
/// One date of service's units: the total and why, and, when the 8-minute rule leaves a tie, every split it allows.
/// </summary>
/// <param name="Allocation">Units per timed code as billed now.</param>
/// <param name="TieChoices">The splits the rule allows when it leaves a tie, the rule's own first; empty without a tie.</param>
public sealed record VisitDayResponse(
    DateOnly DateOfService, int TimedMinutes, int TotalUnits, string Explanation, bool HasTie, bool ChosenByClinician,
    IReadOnlyDictionary<string, int> Allocation, IReadOnlyList<IReadOnlyDictionary<string, int>> TieChoices,
    IReadOnlyList<string> Warnings)
{
    /// <summary>Of the day's units, those already billed on the patient's other finalized notes of the day.</summary>
    public int UnitsBilledBefore { get; init; }

    /// <summary>Why KX could not be decided; finalizing needs a KX attestation while any is listed.</summary>
    public IReadOnlyList<string> KxUndecided { get; init; } = [];

    /// <summary>
    /// What each of <see cref="TieChoices"/> bills: its claim lines with their modifiers, and the payment effect.
    /// </summary>
    public IReadOnlyList<TieChoiceEffectResponse> TieChoiceEffects { get; init; } = [];
}

public sealed record TieChoiceEffectResponse(IReadOnlyList<string> ClaimLines, string PaymentEffect);

/// <summary>
/// What a note bills. Source "live": computed now under the effective rules of the case's clinic and payers for the
/// note's author; "finalized": as recorded when the note was signed, whatever the settings are now.
/// </summary>
/// <param name="Problems">Lines that cannot be billed as they stand, by field.</param>
public sealed record NoteBillingResponse(
    Guid NoteId, string Source, UnitRuleResponse Rule, int TotalUnits, int TimedMinutes, IReadOnlyList<ChargeBillingResponse> Lines,
    IReadOnlyList<VisitDayResponse> Days, IDictionary<string, string[]> Problems)
{
    public const int MaxTieChoices = 20;

    /// <summary>The claim lines stored when the note was finalized; empty while it is live.</summary>
    public IReadOnlyList<ClaimLineResponse> Claim { get; init; } = [];

    public static NoteBillingResponse Live(Guid noteId, NoteBillingResult billing) => new(
        noteId, "live", new(billing.Rule.Value, billing.Rule.Value.DisplayName(), billing.Rule.Reason), billing.TotalUnits, billing.TimedMinutes,
        billing.Lines.Select(l => new ChargeBillingResponse(l.Index, l.Charge.Code?.Trim().ToUpperInvariant(), l.Charge.Minutes, l.Units,
            l.Modifiers.Select(m => m.Code).ToList(), l.ClaimLines.Select(c => c.ToString()).ToList(), l.Explanation,
            l.ClaimLines.SelectMany(c => c.Explanations).Distinct().ToList(), l.Warnings, l.Refusals)).ToList(),
        billing.Days.Select(d => new VisitDayResponse(d.DateOfService, d.Calculation.TimedMinutes, d.Calculation.TotalUnits, d.Calculation.Explain(),
            d.Calculation.HasTie, d.Calculation.ChosenByClinician, Documentation.TieChoices.From(d.Calculation.Allocation),
            d.Calculation.HasTie ? d.Calculation.AllowedAllocations.Take(MaxTieChoices).Select(Documentation.TieChoices.From).ToList() : [],
            d.Warnings)
        {
            UnitsBilledBefore = d.UnitsBilledBefore, KxUndecided = [.. d.KxUndecided.Select(k => k.Message)],
            TieChoiceEffects =
                [.. d.TieEffects.Select(e => new TieChoiceEffectResponse(e.ClaimLines, e.PaymentEffect))],
        }).ToList(),
        Problem.ToDictionary(billing.Problems));

    public static NoteBillingResponse Finalized(Note note, CodeCatalog catalog, IReadOnlyList<ClaimLineResponse> claim)
    {
        var rule = Enum.TryParse<UnitRule>(note.BilledUnitRule, out var parsed) ? parsed : UnitRule.EightMinute;
        var charges = note.Charges.OrderBy(c => c.Position).ToList();
        return new(note.Id, "finalized", new(rule, rule.DisplayName(), note.BilledUnitRuleReason ?? ""),
            charges.Sum(c => c.BilledUnits ?? 0),
            charges.Where(c => ProcedureCode.TryParse(c.Code, out var code) && catalog.Find(code) is { IsTimed: true }).Sum(c => c.Minutes ?? 0),
            charges.Select((c, i) => new ChargeBillingResponse(i, c.Code, c.Minutes, c.BilledUnits ?? 0,
                Codes.Split(c.BilledModifiers), [.. claim.Where(l => l.ChargeIndex == c.Position).Select(l => l.Text)],
                c.BilledExplanation ?? "", [], [], [])).ToList(),
            [], new Dictionary<string, string[]>())
        {
            Claim = claim,
        };
    }
}
