namespace Rehab.Core.Documentation;

/// <summary>How a note came to be finalized.</summary>
public enum FinalizationKind
{
    /// <summary>Signed by its author, a therapist (or, for an Administrative Discharge, whoever wrote it).</summary>
    Signed,
    /// <summary>Signed by an assistant the rules let finalize, naming a supervising therapist.</summary>
    SignedUnderSupervision,
    /// <summary>Forwarded by its author and co-signed by the therapist it was forwarded to: two signatures.</summary>
    CoSigned,
}

/// <summary>What to record on a note when it is finalized.</summary>
/// <param name="AuthorId">The note's author, whose signature it carries (for a co-signed note, given when forwarding).</param>
/// <param name="FinalizedById">The user whose signature finalized it: the author, or the co-signer.</param>
/// <param name="SupervisionWording">The clinic's supervision wording, stamped on an assistant's note.</param>
public sealed record Finalization(
    Guid AuthorId,
    Guid FinalizedById,
    DateTimeOffset FinalizedAt,
    FinalizationKind Kind,
    Guid? SupervisingTherapistId = null,
    string? SupervisionWording = null);

/// <summary>What to record on a note when it is forwarded for co-signature.</summary>
/// <param name="SupervisionWording">The clinic's supervision wording, stamped when an assistant forwards.</param>
public sealed record Forwarding(Guid ForwardedToId, DateTimeOffset ForwardedAt, string? SupervisionWording);

/// <summary>A correction or addition to a finalized note, signed and dated by its author; the note itself never changes.</summary>
public sealed record Addendum(Guid NoteId, Guid AuthorId, string Text, DateTimeOffset SignedAt)
{
    public const int TextMaxLength = 20_000;
}
