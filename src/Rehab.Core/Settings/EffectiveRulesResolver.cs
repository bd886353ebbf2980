using Rehab.Core.Billing;
using Rehab.Core.Users;

namespace Rehab.Core.Settings;

/// <summary>Turns company, clinic and payer settings and the acting user into the rules a note follows.</summary>
public static class EffectiveRulesResolver
{
    public static EffectiveRules Resolve(
        CompanySettings company, ClinicSettings clinic, PayerSettings primary, PayerSettings? secondary, ActingUser user) =>
        new(
            UnitRule(company, primary, secondary),
            MedicarePayerRules.TherapyModifiers(primary, secondary),
            CciEdits(primary),
            AdditionalModifiers(company, primary),
            MayFinalize(clinic, primary, user),
            OutcomeSurvey(primary, secondary),
            new(clinic.DefaultPlaceOfService, $"The clinic's default place of service is {Billing.PlaceOfService.Describe(clinic.DefaultPlaceOfService)}."),
            clinic.AllowPlaceOfServiceChange
                ? new(true, "The clinic lets users change the place of service on cases and notes.")
                : new(false, "The clinic does not let users change the place of service; its default applies."),
            clinic.RequireReferral
                ? new(true, "The clinic requires a referral for every new case.")
                : new(false, "The clinic does not require a referral for new cases."),
            MinutesRequired(primary, secondary),
            MedicarePayerRules.AssistantModifiers(primary, secondary),
            MedicarePayerRules.ThresholdModifier(primary, secondary))
        {
            MedicareClaim = MedicarePayerRules.MedicareClaim(primary, secondary),
        };

    private static Reasoned<UnitRule> UnitRule(CompanySettings company, PayerSettings primary, PayerSettings? secondary)
    {
        var decision = UnitRuleDecision.Resolve(primary.EffectiveUnitRule, secondary?.EffectiveUnitRule, company.PayerRules);
        var parts = new List<string> { $"{primary.EffectiveUnitRule.DisplayName()} from primary {primary.Name}{MedicareNote(primary)}" };
        if (secondary is null)
            parts.Add("no secondary payer");
        else
        {
            parts.Add($"secondary {secondary.Name} uses the {secondary.EffectiveUnitRule.DisplayName()}{MedicareNote(secondary)}");
            if (secondary.EffectiveUnitRule != primary.EffectiveUnitRule)
                parts.Add(company.PayerRules == PayerRules.DeferToPrimary
                    ? "company Payer Rules = defer to the primary payer"
                    : "company Payer Rules = defer to the 8-Minute Rule");
        }
        var reason = $"{string.Join("; ", parts)} → {decision.Rule.DisplayName()}";
        return new(decision.Rule, MedicarePayerRules.SecondaryUnitWarning(decision.Rule, secondary) is { } warning
            ? $"{reason}. {warning}"
            : reason);
    }

    private static string MedicareNote(PayerSettings payer) =>
        payer.Type.IsMedicare() && payer.UnitRule != Billing.UnitRule.EightMinute
            ? $" (a {payer.Type.DisplayName()} payer always uses the 8-Minute Rule, whatever is stored)"
            : "";

    private static Reasoned<bool> CciEdits(PayerSettings primary) => primary.AppliesCciEdits
        ? new(true, $"CCI edits are checked and 59 added on edit pairs: primary {primary.Name} applies CCI edits.")
        : new(false, $"CCI edits are not applied: primary {primary.Name} does not apply them.");

    private static Reasoned<IReadOnlyList<AdditionalModifier>> AdditionalModifiers(CompanySettings company, PayerSettings primary)
    {
        var offered = company.AdditionalModifiers
            .Where(m => primary.EnabledAdditionalModifiers.Any(c => AdditionalModifier.SameCode(c, m.Code)))
            .ToList();
        var undefined = primary.EnabledAdditionalModifiers.Where(c => !company.DefinesModifier(c))
            .Order(StringComparer.OrdinalIgnoreCase).ToList();
        var reason = offered.Count == 0
            ? $"No additional modifiers are offered: primary {primary.Name} enables none that the company defines."
            : $"{string.Join(", ", offered.Select(m => m.Code))} may be chosen: enabled on primary {primary.Name} and defined by the company.";
        if (undefined.Count > 0)
            reason += $" {string.Join(", ", undefined)} {(undefined.Count == 1 ? "is" : "are")} enabled on the payer but not defined by the company, so not offered.";
        return new(offered, reason);
    }

    private static Reasoned<bool> MayFinalize(ClinicSettings clinic, PayerSettings primary, ActingUser user)
    {
        var type = user.Type.ToString();
        var permission = user.HoldsFinalizeNotes ? "holds Finalize Notes" : "does not hold Finalize Notes";
        if (user.Type.IsTherapist())
            return new(user.HoldsFinalizeNotes, $"A therapist ({type}) may finalize with the Finalize Notes permission; this user {permission}.");
        if (user.Type.IsStudent())
            return new(false, $"Students ({type}) never finalize: they start notes and forward them to a supervising therapist to co-sign, whatever their permissions.");
        if (!user.Type.IsAssistant())
            return new(false, $"{type} users do not document, so they cannot finalize notes.");

        var clinicGate = clinic.AssistantFinalization ? "the clinic allows assistant finalization" : "the clinic does not allow assistant finalization";
        var payerGate = primary.AllowAssistantFinalization
            ? $"primary {primary.Name} allows assistants to finalize"
            : $"primary {primary.Name} does not allow assistants to finalize";
        var may = clinic.AssistantFinalization && primary.AllowAssistantFinalization && user.HoldsFinalizeNotes;
        var outcome = may ? "may finalize" : "must forward the note to a supervising therapist";
        return new(may, $"An assistant ({type}) finalizes only when clinic, payer and permission all allow it: {clinicGate}; {payerGate}; the user {permission} → {outcome}.");
    }

    private static Reasoned<bool> OutcomeSurvey(PayerSettings primary, PayerSettings? secondary) =>
        EitherPayer(primary, secondary, p => p.RequireOutcomeSurvey,
            "A completed outcome survey is required on evaluative notes", "No payer on the case requires an outcome survey.");

    private static Reasoned<bool> MinutesRequired(PayerSettings primary, PayerSettings? secondary) =>
        EitherPayer(primary, secondary, p => p.RequireMinutesPerCode,
            "Minutes must be recorded for every code", "No payer on the case requires minutes for every code.");

    /// <summary>A requirement of either payer holds for the note, since its claim goes to both.</summary>
    private static Reasoned<bool> EitherPayer(PayerSettings primary, PayerSettings? secondary, Func<PayerSettings, bool> requires,
        string requirement, string none)
    {
        var requiring = new[] { ("primary", primary), ("secondary", secondary) }
            .Where(p => p.Item2 is { } payer && requires(payer))
            .Select(p => $"{p.Item1} {p.Item2!.Name}")
            .ToList();
        return requiring.Count > 0
            ? new(true, $"{requirement}: {string.Join(" and ", requiring)} {(requiring.Count == 1 ? "requires" : "require")} it.")
            : new(false, none);
    }
}
