namespace Rehab.Core.Billing.Threshold;

/// <summary>How a clinic bills Medicare, which decides the fee-schedule amounts its services are priced at.</summary>
public enum FacilityType
{
    /// <summary>Private practice billing on the CMS-1500 (837P): the common case.</summary>
    NonInstitutional,
    /// <summary>
    /// Hospital outpatient departments, Part B SNFs, rehab agencies, CORFs and other providers billing on the
    /// UB-04 (837I).
    /// </summary>
    Institutional,
}

public static class FacilityTypes
{
    /// <summary>The name the clinic sees and the fee-schedule file uses: non-institutional or institutional.</summary>
    public static string Name(this FacilityType facilityType) =>
        facilityType == FacilityType.Institutional ? "institutional" : "non-institutional";
}
