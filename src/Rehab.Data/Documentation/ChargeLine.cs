using Rehab.Core.Common;
using Rehab.Core.Documentation;

namespace Rehab.Data.Documentation;

/// <summary>
/// One billed code on a note: what the clinician entered and, once finalized, the units and modifiers billed.
/// </summary>
public sealed class ChargeLine : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CompanyId { get; set; }
    public Guid NoteId { get; set; }
    public Guid PatientId { get; set; }
    public int Position { get; set; }
    public required string Code { get; set; }
    public int? Minutes { get; set; }
    public int? AssistantMinutes { get; set; }
    public DateOnly DateOfService { get; set; }
    public string? PlaceOfService { get; set; }
    /// <summary>59/X{EPSU} chosen for an NCCI pair, comma-separated.</summary>
    public string ChosenModifiers { get; set; } = "";
    public bool SeparateBlockOrRegion { get; set; }
    /// <summary>Set at finalization: the units and modifiers the claim carries, and why.</summary>
    public int? BilledUnits { get; set; }
    public string? BilledModifiers { get; set; }
    public string? BilledExplanation { get; set; }
    /// <summary>Of the billed units, those with CQ or CO: the threshold counts them at 85%.</summary>
    public int? BilledAssistantUnits { get; set; }

    public ChargeLineDraft ToDraft() => new(Code, Minutes, DateOfService)
    {
        AssistantMinutes = AssistantMinutes, PlaceOfService = PlaceOfService,
        ChosenModifiers = Codes.Split(ChosenModifiers), SeparateBlockOrRegion = SeparateBlockOrRegion,
    };

    public static ChargeLine From(Note note, int position, ChargeLineDraft draft) => new()
    {
        CompanyId = note.CompanyId, NoteId = note.Id, PatientId = note.PatientId, Position = position,
        Code = draft.Code!.Trim().ToUpperInvariant(), Minutes = draft.Minutes, AssistantMinutes = draft.AssistantMinutes,
        DateOfService = draft.DateOfService,
        PlaceOfService = string.IsNullOrWhiteSpace(draft.PlaceOfService) ? null : draft.PlaceOfService.Trim(),
        ChosenModifiers = Codes.Join(draft.ChosenModifiers.Select(m => m.Trim().ToUpperInvariant())),
        SeparateBlockOrRegion = draft.SeparateBlockOrRegion,
    };
}

/// <summary>A signed, dated correction or addition to a finalized note.</summary>
public sealed class NoteAddendum : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CompanyId { get; set; }
    public Guid NoteId { get; set; }
    public Guid PatientId { get; set; }
    public Guid AuthorId { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset SignedAt { get; set; }
}
