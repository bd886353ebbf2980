namespace Rehab.Core.Billing.Modifiers;

/// <summary>
/// An NCCI procedure-to-procedure edit: the column-2 code is not paid with the column-1 code on the
/// same day for the same patient, unless the modifier indicator allows an NCCI-associated modifier.
/// </summary>
/// <param name="DeletionDate">The first date of service the edit no longer applies to; null while it is in force.</param>
/// <param name="Rationale">CMS's PTP edit rationale, when the edit came from CMS's file.</param>
public sealed record NcciEdit(
    ProcedureCode Column1,
    ProcedureCode Column2,
    NcciModifierIndicator ModifierIndicator,
    DateOnly EffectiveDate,
    DateOnly? DeletionDate,
    string? Rationale = null)
{
    public bool IsInEffectOn(DateOnly dateOfService) =>
        dateOfService >= EffectiveDate && (DeletionDate is null || dateOfService < DeletionDate.Value);
}

/// <summary>The correct-coding modifier indicator of an NCCI edit.</summary>
public enum NcciModifierIndicator
{
    /// <summary>The pair is never billed together; the column-2 code is denied.</summary>
    NotAllowed = 0,
    /// <summary>An NCCI-associated modifier (59, XE, XS, XP, XU) bypasses the edit when the record supports it.</summary>
    Allowed = 1,
    /// <summary>The edit does not apply.</summary>
    NotApplicable = 9,
}
