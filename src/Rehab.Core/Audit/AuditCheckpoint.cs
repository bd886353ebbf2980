namespace Rehab.Core.Audit;

/// <summary>
/// The head of the chain recorded outside the database (ONC 170.315(d)(3)): entries up to it cannot be cut off the
/// end of the chain, or re-sealed, without the check against it failing.
/// </summary>
public sealed record AuditCheckpoint(long Sequence, string Mac, DateTimeOffset WrittenAt)
{
    public AuditChainHead Head => new(Sequence, Mac);

    /// <summary>
    /// What the chain as stored says against this checkpoint: null when it agrees, otherwise the problem.
    /// <paramref name="macAtCheckpoint"/> is the stored MAC at the checkpoint's position (null when there is none).
    /// </summary>
    public string? Disagreement(AuditChainHead stored, string? macAtCheckpoint)
    {
        if (stored.Sequence < Sequence)
            return stored.Sequence + 1 == Sequence
                ? $"the last entry (position {Sequence}) is missing: the checkpoint of {WrittenAt:u} ends there"
                : $"entries {stored.Sequence + 1} to {Sequence} are missing from the end of the chain: "
                  + $"the checkpoint of {WrittenAt:u} ends at {Sequence}";
        if (Sequence > 0 && !string.Equals(macAtCheckpoint, Mac, StringComparison.Ordinal))
            return $"the entry at position {Sequence} differs from the checkpoint of {WrittenAt:u}: "
                   + "the chain was re-sealed";
        return null;
    }
}
