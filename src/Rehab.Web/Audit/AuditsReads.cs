namespace Rehab.Web.Audit;

/// <summary>
/// Marks an endpoint or page whose GET shows protected data; the audit middleware records each such
/// read with its outcome (ONC 170.315(d)(2), (d)(10)).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AuditsReadsAttribute(string entityType) : Attribute
{
    public string EntityType { get; } = entityType;
}
