namespace Rehab.Core.Billing.Modifiers;

/// <summary>A billed line as the rules work on it, before it becomes one or two claim lines.</summary>
internal sealed class LineDraft(BilledLine line)
{
    public BilledLine Line { get; } = line;
    public List<Modifier> Modifiers { get; } = [];
    public List<string> Explanations { get; } = [];
    public List<string> Warnings { get; } = [];
    public List<string> Refusals { get; } = [];

    /// <summary>Why the line goes on the claim with 0 units (such as an NCCI pair not attested as distinct).</summary>
    public List<string> Withheld { get; } = [];

    public ProcedureCode Code => Line.Code;
    public bool IsBilled => Line.Units > 0 && Withheld.Count == 0;
    public bool IsRefused => Refusals.Count > 0;

    public void Add(Modifier modifier, string why)
    {
        if (!Modifiers.Contains(modifier))
            Modifiers.Add(modifier);
        Explanations.Add(why);
    }

    public ModifierResult ToResult(int units, IEnumerable<Modifier> extra, IEnumerable<string> explanations) =>
        Withheld.Count > 0
            ? new(Line, Line.Code, 0, [], [.. Withheld], [.. Warnings], [.. Refusals])
            : new(Line, Line.Code, units, ClaimOrder.Sort(Modifiers.Concat(extra)),
                [.. Explanations, .. explanations], [.. Warnings], [.. Refusals]);
}
