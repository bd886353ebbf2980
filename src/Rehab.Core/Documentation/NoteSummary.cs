using System.Globalization;

namespace Rehab.Core.Documentation;

/// <summary>
/// A note as the lifecycle rules and the case's visit counters see it: what it is, whose it is, and where it stands.
/// </summary>
/// <param name="AuthorId">The user who wrote the note (for a forwarded note, the assistant or student).</param>
public sealed record NoteSummary(Guid Id, NoteType Type, NoteStatus Status, Guid AuthorId, DateOnly DateOfService)
{
    public ProgressNoteLabel? Label { get; init; }

    /// <summary>The therapist a forwarded note waits for.</summary>
    public Guid? ForwardedToId { get; init; }

    public DateTimeOffset? FinalizedAt { get; init; }

    /// <summary>The note bills at least one code; a visit counts only when it does.</summary>
    public bool HasCharges { get; init; }

    public bool IsFinalized => Status == NoteStatus.Finalized;

    /// <summary>How a message names the note, such as "Daily Note of 2026-03-10".</summary>
    public string Name => string.Create(CultureInfo.InvariantCulture, $"{Type.DisplayName(Label)} of {DateOfService:yyyy-MM-dd}");

    /// <summary>When it was finalized, as a message writes it, such as "2026-03-10 17:42 UTC".</summary>
    public string FinalizedAtText => FinalizedAt is { } at
        ? at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)
        : "an unrecorded time";
}
