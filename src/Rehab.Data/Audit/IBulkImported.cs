namespace Rehab.Data.Audit;

/// <summary>
/// Reference data loaded from a published file (fee schedules, edit tables). Its import is audited as one
/// entry naming the file's size and years, not one entry per row.
/// </summary>
public interface IBulkImported;
