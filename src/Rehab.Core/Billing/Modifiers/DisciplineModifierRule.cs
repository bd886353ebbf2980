namespace Rehab.Core.Billing.Modifiers;

/// <summary>GP, GO or GN on every therapy line, by the plan of care's discipline (Pub. 100-04 Ch. 5 §20.1).</summary>
public static class DisciplineModifierRule
{
    public static Modifier For(Discipline discipline) => discipline switch
    {
        Discipline.PT => Modifier.GP,
        Discipline.OT => Modifier.GO,
        _ => Modifier.GN,
    };

    internal static void Apply(ModifierRequest request, IEnumerable<LineDraft> lines)
    {
        if (!request.Payer.AppliesTherapyModifiers)
            return;
        foreach (var line in lines.Where(l => l.IsBilled))
        {
            var modifier = For(line.Line.Discipline);
            line.Add(modifier, $"{modifier}: billed under {Plan(line.Line.Discipline)} plan of care (Pub. 100-04 Ch. 5 §20.1).");
        }
    }

    internal static string Plan(Discipline discipline) => discipline switch
    {
        Discipline.PT => "a physical therapy",
        Discipline.OT => "an occupational therapy",
        _ => "a speech-language pathology",
    };
}
