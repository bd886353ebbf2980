namespace Rehab.Core.Common;

/// <summary>A row that belongs to one company (the tenant). Queries are scoped by this key.</summary>
public interface ITenantOwned
{
    Guid CompanyId { get; }
}
