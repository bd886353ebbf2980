namespace Rehab.Core.Audit;

/// <summary>
/// Checks sealed entries one at a time in chain order, so a chain of any length can be streamed through it in
/// batches. Stops at the first break: a missing position, an altered or re-sealed entry, or an entry whose link to
/// its predecessor does not match.
/// </summary>
public sealed class AuditChainVerifier(byte[] key)
{
    private AuditChainHead _head = AuditChainHead.Empty;
    private AuditChainResult? _break;

    /// <summary>Entries checked and found intact so far.</summary>
    public long CheckedRows { get; private set; }

    /// <summary>The last intact position and its MAC; <see cref="AuditChainHead.Empty"/> before any.</summary>
    public AuditChainHead Head => _head;

    public bool IsBroken => _break is not null;

    public AuditChainResult Result => _break ?? AuditChainResult.Intact(CheckedRows);

    /// <summary>Checks the next sealed entry; false at the first break, and for every entry after it.</summary>
    public bool Check(AuditEntry e)
    {
        if (_break is not null)
            return false;
        _break = BreakAt(e);
        if (_break is not null)
            return false;
        _head = new AuditChainHead(e.Sequence!.Value, e.Mac!);
        CheckedRows++;
        return true;
    }

    /// <summary>Records a break found outside the entries themselves, such as a tail cut short.</summary>
    public void Fail(long position, string problem) =>
        _break ??= AuditChainResult.Broken(CheckedRows, position, problem);

    private AuditChainResult? BreakAt(AuditEntry e)
    {
        var expected = _head.Sequence + 1;
        if (e.Sequence is not { } position)
            return AuditChainResult.Broken(CheckedRows, expected, $"entry {e.Id} is not sealed");
        if (position != expected)
            return AuditChainResult.Broken(CheckedRows, expected,
                position > expected
                    ? $"position {expected} is missing: the entry there was deleted "
                      + $"(the next sealed entry, {e.Id}, is at {position})"
                    : $"entry {e.Id} repeats position {position}: entries were reordered or copied");
        if (e.PreviousMac != _head.Mac)
            return AuditChainResult.Broken(CheckedRows, position,
                $"entry {e.Id} at position {position} does not link to position {position - 1}: "
                + "entries were reordered or replaced");
        if (e.Mac is null || !string.Equals(AuditChain.ComputeMac(e, key), e.Mac, StringComparison.Ordinal))
            return AuditChainResult.Broken(CheckedRows, position,
                $"entry {e.Id} at position {position} was altered: its content does not match its MAC");
        return null;
    }
}
