namespace Rehab.Data.Audit;

/// <summary>
/// Settings that hold no patient data: their audit entries carry each changed field's old and new value,
/// so the history of a payer, clinic or company can be shown from the audit chain itself.
/// </summary>
public interface IAuditsValues;
