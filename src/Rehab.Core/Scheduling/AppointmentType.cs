using Rehab.Core.Common;
using Rehab.Core.Documentation;

namespace Rehab.Core.Scheduling;

public enum AppointmentKind
{
    InitialEvaluation,
    FollowUp,
    ReEvaluation,
    Progress,
    Discharge,
    Consultation,
    Custom,
}

/// <summary>A kind of visit the clinic books, with its default length and colour on the grid.</summary>
public sealed class AppointmentType : ITenantOwned
{
    public const int NameMaxLength = 80;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CompanyId { get; set; }
    public required string Name { get; set; }
    public AppointmentKind Kind { get; set; }
    public int DefaultMinutes { get; set; }

    /// <summary>A CSS hex colour such as #2f7d6d.</summary>
    public required string Colour { get; set; }

    /// <summary>Group and co-treatment visits may overlap others of a type that also allows it.</summary>
    public bool AllowsOverlap { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>The note a clinician starts from an appointment of this type; null when it suggests none.</summary>
    public NoteType? SuggestedNoteType => Kind switch
    {
        AppointmentKind.InitialEvaluation => NoteType.InitialEvaluation,
        AppointmentKind.FollowUp => NoteType.DailyNote,
        AppointmentKind.ReEvaluation or AppointmentKind.Progress => NoteType.ProgressNote,
        AppointmentKind.Discharge => NoteType.DischargeSummary,
        _ => null,
    };
}
