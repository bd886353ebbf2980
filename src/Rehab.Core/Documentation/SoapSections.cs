using Rehab.Core.Common;

namespace Rehab.Core.Documentation;

/// <summary>The four parts of a visit's documentation: what the patient reports, what was measured, the clinician's judgement, and what comes next.</summary>
public sealed record SoapSections(string? Subjective = null, string? Objective = null, string? Assessment = null, string? Plan = null)
{
    public const int SectionMaxLength = 20_000;

    public static SoapSections Empty { get; } = new();

    internal void Validate(ValidationErrors errors)
    {
        errors.MaxLength("soap.subjective", Subjective, "Subjective", SectionMaxLength);
        errors.MaxLength("soap.objective", Objective, "Objective", SectionMaxLength);
        errors.MaxLength("soap.assessment", Assessment, "Assessment", SectionMaxLength);
        errors.MaxLength("soap.plan", Plan, "Plan", SectionMaxLength);
    }
}
