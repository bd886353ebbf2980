using Rehab.Core.Common;

namespace Rehab.Core.Users;

/// <summary>A clinic a user may work in and see the records of.</summary>
public sealed class UserClinicAccess : ITenantOwned
{
    public Guid CompanyId { get; set; }
    public Guid UserId { get; set; }
    public Guid ClinicId { get; set; }
}
