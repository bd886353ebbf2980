using Rehab.Core.Billing;
using Rehab.Core.Billing.Threshold;
using Rehab.Core.Common;
using Rehab.Data.Audit;

namespace Rehab.Data.Billing;

/// <summary>One imported Medicare allowed amount, kept per company so each practice imports what it bills.</summary>
public sealed class FeeScheduleAmount : ITenantOwned, IBulkImported
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CompanyId { get; set; }
    public int Year { get; set; }
    public required string Code { get; set; }
    public required string CarrierNumber { get; set; }
    public required string LocalityNumber { get; set; }
    public FacilityType FacilityType { get; set; }
    public decimal AllowedAmount { get; set; }

    public FeeScheduleEntry ToEntry() => new(Year, ProcedureCode.Parse(Code),
        FeeScheduleLocality.Create(CarrierNumber, LocalityNumber), FacilityType, AllowedAmount);

    public static FeeScheduleAmount From(Guid companyId, FeeScheduleEntry e) => new()
    {
        CompanyId = companyId,
        Year = e.Year,
        Code = e.Code.Value,
        CarrierNumber = e.Locality.CarrierNumber,
        LocalityNumber = e.Locality.LocalityNumber,
        FacilityType = e.FacilityType,
        AllowedAmount = e.AllowedAmount,
    };
}
