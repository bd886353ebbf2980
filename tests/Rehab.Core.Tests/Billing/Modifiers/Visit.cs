using Rehab.Core.Billing;
using Rehab.Core.Billing.Modifiers;

namespace Rehab.Core.Tests.Billing.Modifiers;

/// <summary>Builds a day's billed lines and runs the engine on them.</summary>
internal static class Visit
{
    public static readonly DateOnly DateOfService = new(2026, 3, 10);

    public static BilledLine Line(string code, Discipline discipline, int units, bool timed = true, int therapist = 0, int assistant = 0,
        bool separate = false, params string[] chosen) =>
        new(ProcedureCode.Parse(code), discipline, timed, units, therapist, assistant, chosen.Select(Modifier.Parse).ToList(), separate);

    public static BilledLine Pt(string code, int units, bool timed = true, int therapist = 0, int assistant = 0, bool separate = false, params string[] chosen) =>
        Line(code, Discipline.PT, units, timed, therapist, assistant, separate, chosen);

    public static ModifierOutcome Bill(PayerModifierSettings payer, params BilledLine[] lines) =>
        ModifierEngine.Apply(new ModifierRequest(DateOfService, payer, lines));

    public static ModifierOutcome Bill(DateOnly dateOfService, PayerModifierSettings payer, params BilledLine[] lines) =>
        ModifierEngine.Apply(new ModifierRequest(dateOfService, payer, lines));

    public static string[] Claim(this ModifierOutcome outcome) => outcome.Lines.Select(l => l.ToString()).ToArray();

    public static ModifierResult For(this ModifierOutcome outcome, string code) => outcome.Lines.Single(l => l.Code.Value == code);

    /// <summary>A payer that applies only the CCI edits, with the given NCCI-associated modifiers enabled.</summary>
    public static PayerModifierSettings CciOnly(params string[] enabled) =>
        PayerModifierSettings.None("Acme Health") with
        {
            AppliesCciEdits = true,
            EnabledModifiers = enabled.Select(Modifier.Parse).ToHashSet(),
        };
}
