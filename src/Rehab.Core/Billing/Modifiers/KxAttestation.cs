using Rehab.Core.Common;

namespace Rehab.Core.Billing.Modifiers;

/// <summary>
/// The clinician's word on KX where the engine cannot price the visit: whether KX applies, who says so and why.
/// KX attests that the services above the threshold are medically necessary (BBA 2018 §50202), so only the
/// clinician who finalizes may give it, and never in place of a decision the engine can make.
/// </summary>
public sealed record KxAttestation(bool Applies, string Reason, string AttestedBy)
{
    public const int ReasonMaxLength = 500;

    public static void Validate(bool? applies, string? reason, ValidationErrors errors, string field = "kxAttestation")
    {
        if (applies is null)
            errors.Add($"{field}.applies", "Say whether KX applies (true) or does not apply (false).");
        errors.Required($"{field}.reason", reason, "The reason for the KX attestation", ReasonMaxLength);
    }

    public string Describe() =>
        $"{AttestedBy} attests that KX {(Applies ? "applies" : "does not apply")}: {Reason}";
}
