using System.Text.RegularExpressions;
using Rehab.Core.Billing;

namespace Rehab.Core.Settings;

/// <summary>Payer settings that will cause denials or surprises.</summary>
public static partial class PayerLint
{
    private static readonly (Regex Pattern, InsuranceType Type)[] NameHints =
    [
        (Hint(@"medicare\s+(advantage|replacement)"), InsuranceType.MedicareReplacement),
        (Hint("medicare"), InsuranceType.Medicare),
        (Hint("medicaid|medi-cal"), InsuranceType.Medicaid),
        (Hint(@"blue\s*cross|blue\s*shield|bcbs"), InsuranceType.BCBS),
        (Hint("tricare|champus"), InsuranceType.Tricare),
        (Hint(@"va|veterans"), InsuranceType.VA),
        (Hint(@"workers'?|work\s*comp|wcomp"), InsuranceType.WorkersComp),
        (Hint("ppo"), InsuranceType.PPO),
        (Hint("epo"), InsuranceType.EPO),
        (Hint(@"auto|pip"), InsuranceType.AutoPip),
        (Hint(@"self[\s-]*pay|cash"), InsuranceType.SelfPay),
    ];

    private static Regex Hint(string words) => new($@"\b({words})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static IReadOnlyList<SettingsFinding> Check(
        IEnumerable<PayerSettings> payers, CompanySettings company, IReadOnlyCollection<ClinicSettings> clinics)
    {
        var findings = new List<SettingsFinding>();
        foreach (var payer in payers)
        {
            var subject = $"Payer {payer.Name}";
            if (payer.Type is InsuranceType.Medicaid or InsuranceType.Tricare or InsuranceType.VA && payer.UnitRule == UnitRule.RuleOfEights)
                findings.Add(new(FindingSeverity.Warning, subject,
                    $"{payer.Name} is a {payer.Type.DisplayName()} payer on the Rule of 8s; government payers usually follow CMS's 8-Minute Rule, so units may be over-billed.",
                    "Check the payer's billing manual or contract and switch it to the 8-Minute Rule unless it explicitly accepts the Rule of 8s."));

            // GP/GO/GN are required on every outpatient therapy line (Pub. 100-04 Ch. 5 §20.1).
            if (payer.Type == InsuranceType.Medicare && !payer.AppliesTherapyModifiers)
                findings.Add(new(FindingSeverity.Error, subject,
                    $"{payer.Name} is Medicare but does not apply therapy modifiers; Medicare denies therapy lines without GP, GO or GN.",
                    "Turn on Apply Therapy Modifiers for this payer."));

            if (payer.Type == InsuranceTypes.Default && SuggestedType(payer.Name) is { } suggested)
                findings.Add(new(FindingSeverity.Warning, subject,
                    $"{payer.Name} is still on the default type HMO, but its name suggests {suggested.DisplayName()}; notes will follow the wrong rules.",
                    $"Set the insurance type to {suggested.DisplayName()} if that is what the plan is."));

            var undefined = payer.EnabledAdditionalModifiers.Where(c => !company.DefinesModifier(c)).Order(StringComparer.OrdinalIgnoreCase).ToList();
            if (undefined.Count > 0)
                findings.Add(new(FindingSeverity.Warning, subject,
                    $"{payer.Name} enables {string.Join(", ", undefined)}, which the company does not define, so users are never offered {(undefined.Count == 1 ? "it" : "them")}.",
                    "Add the modifier to Company Settings → Additional Modifiers, or turn it off on the payer."));

            if (payer.AllowAssistantFinalization && clinics.Count > 0 && clinics.All(c => !c.AssistantFinalization))
                findings.Add(new(FindingSeverity.Info, subject,
                    $"{payer.Name} lets assistants finalize notes, but every clinic has assistant finalization off, so no assistant can.",
                    "Turn assistant finalization on in the clinics that should allow it, or turn it off on the payer to avoid confusion."));
        }
        return findings;
    }

    /// <summary>The type a payer's name points to, or null when it points nowhere or already says HMO for a plan-design hint.</summary>
    public static InsuranceType? SuggestedType(string name)
    {
        foreach (var (pattern, type) in NameHints)
            if (pattern.IsMatch(name))
                return type is InsuranceType.PPO or InsuranceType.EPO && HmoWord().IsMatch(name) ? null : type;
        return null;
    }

    [GeneratedRegex(@"\bhmo\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HmoWord();
}
