using Rehab.Core.Common;

namespace Rehab.Core.Documentation;

/// <summary>
/// What a note documents: the SOAP sections, an evaluation's parts, the charges and the total treatment time. Its outcome
/// surveys are stored and scored on their own; the finalization check takes their score.
/// </summary>
public sealed record NoteContent
{
    public SoapSections Soap { get; init; } = SoapSections.Empty;

    /// <summary>Problems, goals and plan of care; on evaluative notes.</summary>
    public EvaluationDetails? Evaluation { get; init; }

    public IReadOnlyList<ChargeLineDraft> Charges { get; init; } = [];

    /// <summary>All minutes of treatment at the visit, timed and untimed, as the clinician documents them.</summary>
    public int? TotalTreatmentMinutes { get; init; }

    /// <summary>The checks a draft must pass to be saved: lengths, ranges and the form of each charge line.</summary>
    public ValidationErrors Validate()
    {
        var errors = new ValidationErrors();
        Soap.Validate(errors);
        Evaluation?.Validate(errors);
        for (var i = 0; i < Charges.Count; i++)
            Charges[i].Validate(errors, $"charges[{i}].");
        if (TotalTreatmentMinutes is < 0 or > Billing.UnitCalculator.MaxMinutes)
            errors.Add("totalTreatmentMinutes", $"Total treatment minutes must be from 0 to {Billing.UnitCalculator.MaxMinutes}.");
        return errors;
    }
}
