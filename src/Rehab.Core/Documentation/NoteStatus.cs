namespace Rehab.Core.Documentation;

/// <summary>Where a note stands: being written, waiting for a co-signature, or signed and unchangeable.</summary>
public enum NoteStatus
{
    Draft,
    Forwarded,
    Finalized,
}
