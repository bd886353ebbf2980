using Rehab.Core.Common;

namespace Rehab.Core.Licensing;

/// <summary>How many licenses of a class the company pays for in one clinic; changed only by an approved adjustment.</summary>
public sealed class PurchasedLicense : ITenantOwned
{
    public Guid CompanyId { get; set; }
    public Guid ClinicId { get; set; }
    public LicenseClass LicenseClass { get; set; }
    public int Count { get; set; }
}
