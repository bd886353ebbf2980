using Rehab.Core.Common;

namespace Rehab.Core.Users;

/// <summary>A right granted to one user.</summary>
public sealed class UserPermission : ITenantOwned
{
    public Guid CompanyId { get; set; }
    public Guid UserId { get; set; }
    public required string Permission { get; set; }
}
