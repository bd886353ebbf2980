using Rehab.Core.Analytics;
using Rehab.Core.Common;

namespace Rehab.Data.Analytics;

/// <summary>
/// An Analytics role an Analytics Admin gave a user. A user with no rows has the roles their permissions give.
/// </summary>
public sealed class AnalyticsRoleGrant : ITenantOwned
{
    public Guid CompanyId { get; set; }
    public Guid UserId { get; set; }
    public AnalyticsRole Role { get; set; }
}
