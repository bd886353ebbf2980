using Rehab.Core.Billing;
using Rehab.Core.Billing.Modifiers;
using Rehab.Core.Common;
using Rehab.Data.Audit;

namespace Rehab.Data.Billing;

/// <summary>One NCCI edit of a company's imported table; a company without one uses the built-in seed edits.</summary>
public sealed class NcciEditRow : ITenantOwned, IBulkImported
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CompanyId { get; set; }
    public required string Column1 { get; set; }
    public required string Column2 { get; set; }
    public NcciModifierIndicator ModifierIndicator { get; set; }
    public DateOnly EffectiveDate { get; set; }
    public DateOnly? DeletionDate { get; set; }
    public string? Rationale { get; set; }

    public NcciEdit ToEdit() => new(ProcedureCode.Parse(Column1), ProcedureCode.Parse(Column2), ModifierIndicator,
        EffectiveDate, DeletionDate, Rationale);

    public static NcciEditRow From(Guid companyId, NcciEdit e) => new()
    {
        CompanyId = companyId,
        Column1 = e.Column1.Value,
        Column2 = e.Column2.Value,
        ModifierIndicator = e.ModifierIndicator,
        EffectiveDate = e.EffectiveDate,
        DeletionDate = e.DeletionDate,
        Rationale = e.Rationale is { Length: > 500 } r ? r[..500] : e.Rationale,
    };
}
