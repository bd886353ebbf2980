namespace Rehab.Core.Audit;

/// <summary>
/// Checks a chain one entry at a time, so a chain of any length can be streamed through it in batches.
/// Stops at the first break: a missing entry, an altered entry, or an entry whose link to its
/// predecessor does not match.
/// </summary>
public sealed class AuditChainVerifier
{
    private long _expectedId = 1;
    private string _previousHash = AuditChain.Genesis;
    private AuditChainResult? _break;

    /// <summary>Entries checked and found intact so far.</summary>
    public long CheckedRows { get; private set; }

    /// <summary>The last intact entry, or null before any.</summary>
    public long? LastId => CheckedRows == 0 ? null : _expectedId - 1;

    /// <summary>The hash of the last intact entry; <see cref="AuditChain.Genesis"/> before any.</summary>
    public string LastHash => _previousHash;

    public bool IsBroken => _break is not null;

    public AuditChainResult Result => _break ?? AuditChainResult.Intact(CheckedRows);

    /// <summary>Checks the next entry in order; false at the first break, and for every entry after it.</summary>
    public bool Check(AuditEntry e)
    {
        if (_break is not null)
            return false;
        _break = BreakAt(e);
        if (_break is not null)
            return false;
        _previousHash = e.Hash;
        _expectedId++;
        CheckedRows++;
        return true;
    }

    private AuditChainResult? BreakAt(AuditEntry e)
    {
        if (e.Id != _expectedId)
            return AuditChainResult.Broken(CheckedRows, _expectedId, $"entry {_expectedId} is missing (next entry is {e.Id})");
        if (AuditChain.ComputeHash(e) != e.Hash)
            return AuditChainResult.Broken(CheckedRows, e.Id, $"entry {e.Id} was altered: its content does not match its hash");
        if (e.PreviousHash != _previousHash)
            return AuditChainResult.Broken(CheckedRows, e.Id, $"entry {e.Id} does not link to entry {e.Id - 1}: a preceding entry was altered or replaced");
        return null;
    }
}
