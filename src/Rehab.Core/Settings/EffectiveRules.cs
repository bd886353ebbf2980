using Rehab.Core.Billing;
using Rehab.Core.Users;

namespace Rehab.Core.Settings;

/// <summary>A resolved setting and, in plain words, why it has that value.</summary>
public sealed record Reasoned<T>(T Value, string Reason);

/// <summary>The user a note's rules are resolved for.</summary>
public sealed record ActingUser(UserType Type, bool HoldsFinalizeNotes);

/// <summary>The rules one note follows, each with its reason.</summary>
/// <param name="MinutesRequired">Every code on the note needs its minutes before the note is finalized.</param>
/// <param name="AssistantModifiers">CQ or CO go on services an assistant furnished in whole or in part.</param>
/// <param name="ThresholdModifier">KX goes on lines above Medicare's yearly therapy threshold.</param>
public sealed record EffectiveRules(
    Reasoned<UnitRule> UnitRule,
    Reasoned<bool> TherapyModifiers,
    Reasoned<bool> CciEdits,
    Reasoned<IReadOnlyList<AdditionalModifier>> AdditionalModifiers,
    Reasoned<bool> MayFinalize,
    Reasoned<bool> OutcomeSurveyRequired,
    Reasoned<string> PlaceOfService,
    Reasoned<bool> MayChangePlaceOfService,
    Reasoned<bool> ReferralRequired,
    Reasoned<bool> MinutesRequired,
    Reasoned<bool> AssistantModifiers,
    Reasoned<bool> ThresholdModifier)
{
    /// <summary>A claim of the note goes to Medicare, primary or secondary: Medicare's code rules apply.</summary>
    public Reasoned<bool> MedicareClaim { get; init; } = new(false, "No claim goes to Medicare.");
}
