using System.Text.Json;
using Rehab.Core.Common;
using Rehab.Core.Documentation;

namespace Rehab.Data.Documentation;

/// <summary>
/// The documentation of one visit or decision on a case. Once finalized it never changes; corrections are addenda.
/// </summary>
public sealed class Note : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CompanyId { get; set; }
    public Guid ClinicId { get; set; }
    public Guid PatientId { get; set; }
    public Guid CaseId { get; set; }
    public NoteType Type { get; set; }
    public ProgressNoteLabel? Label { get; set; }
    public NoteStatus Status { get; set; } = NoteStatus.Draft;
    public DateOnly DateOfService { get; set; }
    public Guid AuthorId { get; set; }

    public string? Subjective { get; set; }
    public string? Objective { get; set; }
    public string? Assessment { get; set; }
    public string? Plan { get; set; }
    /// <summary>Problems, goals and plan of care as JSON; null on notes without them.</summary>
    public string? Evaluation { get; set; }
    public int? TotalTreatmentMinutes { get; set; }
    /// <summary>
    /// Whether outcome surveys are attached and all complete: kept by the survey handlers from the stored surveys,
    /// never by a save.
    /// </summary>
    /// <summary>
    /// The units a tie lets the clinician choose, as JSON (code → units); null for the engine's default.
    /// </summary>
    public string? TieChoice { get; set; }
    public List<ChargeLine> Charges { get; set; } = [];

    public Guid? ForwardedToId { get; set; }
    public DateTimeOffset? ForwardedAt { get; set; }
    public string? SupervisionWording { get; set; }
    public Guid? FinalizedById { get; set; }
    public DateTimeOffset? FinalizedAt { get; set; }
    public FinalizationKind? FinalizationKind { get; set; }
    public Guid? SupervisingTherapistId { get; set; }
    /// <summary>Co-signing a student's note, the therapist attested directing the service in the room.</summary>
    public bool? StudentServiceDirected { get; set; }
    /// <summary>Why the plan's certification was late, attested when finalizing after it ended.</summary>
    public string? DelayedCertificationReason { get; set; }
    /// <summary>The rule the units followed when finalized, and why.</summary>
    public string? BilledUnitRule { get; set; }
    public string? BilledUnitRuleReason { get; set; }
    /// <summary>The finalizing clinician's word on KX where the engine could not decide it.</summary>
    public bool? KxAttestationApplies { get; set; }
    public string? KxAttestationReason { get; set; }
    public Guid? KxAttestedById { get; set; }
    public DateTimeOffset? KxAttestedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>Changes on every save; a save that read an older version is refused (optimistic concurrency).</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public NoteSummary ToSummary() => new(Id, Type, Status, AuthorId, DateOfService)
    {
        Label = Label, ForwardedToId = ForwardedToId, FinalizedAt = FinalizedAt, HasCharges = Charges.Count > 0,
    };

    public NoteContent ToContent() => new()
    {
        Soap = new SoapSections(Subjective, Objective, Assessment, Plan),
        Evaluation = Evaluation is null ? null : JsonSerializer.Deserialize<EvaluationDetails>(Evaluation, Json),
        Charges = Charges.OrderBy(c => c.Position).Select(c => c.ToDraft()).ToList(),
        TotalTreatmentMinutes = TotalTreatmentMinutes,
    };

    /// <summary>Copies validated content; the charge lines are replaced.</summary>
    public void Apply(NoteContent content)
    {
        Subjective = Blank(content.Soap.Subjective);
        Objective = Blank(content.Soap.Objective);
        Assessment = Blank(content.Soap.Assessment);
        Plan = Blank(content.Soap.Plan);
        Evaluation = content.Evaluation is null ? null : JsonSerializer.Serialize(content.Evaluation, Json);
        TotalTreatmentMinutes = content.TotalTreatmentMinutes;
        Charges.Clear();
        for (var i = 0; i < content.Charges.Count; i++)
            Charges.Add(ChargeLine.From(this, i, content.Charges[i]));
        Version = Guid.NewGuid();
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
