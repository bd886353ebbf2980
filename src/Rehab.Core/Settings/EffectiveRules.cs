using Rehab.Core.Billing;
using Rehab.Core.Users;

namespace Rehab.Core.Settings;

/// <summary>A resolved setting and, in plain words, why it has that value.</summary>
public sealed record Reasoned<T>(T Value, string Reason);

/// <summary>The user a note's rules are resolved for.</summary>
public sealed record ActingUser(UserType Type, bool HoldsFinalizeNotes);

/// <summary>The rules one note follows, each with its reason.</summary>
public sealed record EffectiveRules(
    Reasoned<UnitRule> UnitRule,
    Reasoned<bool> TherapyModifiers,
    Reasoned<bool> CciEdits,
    Reasoned<IReadOnlyList<AdditionalModifier>> AdditionalModifiers,
    Reasoned<bool> MayFinalize,
    Reasoned<bool> OutcomeSurveyRequired,
    Reasoned<string> PlaceOfService,
    Reasoned<bool> MayChangePlaceOfService,
    Reasoned<bool> ReferralRequired);
