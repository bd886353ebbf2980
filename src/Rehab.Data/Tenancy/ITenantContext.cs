using System.Collections.Frozen;

namespace Rehab.Data.Tenancy;

/// <summary>Who is asking: the company whose rows queries may see, and the clinics the person may work in.</summary>
public interface ITenantContext
{
    /// <summary>The signed-in user's company; null means no company, and tenant-scoped queries return nothing.</summary>
    Guid? CompanyId { get; }
    Guid? UserId { get; }
    string? UserName { get; }
    /// <summary>Null when the user may see every clinic of the company.</summary>
    IReadOnlySet<Guid>? ClinicIds { get; }
    /// <summary>The clinic the person is working in right now, if one is chosen.</summary>
    Guid? CurrentClinicId { get; }
    string? ClientAddress { get; }
    /// <summary>Patients outside the user's clinics whose charts an active emergency access lets them read.</summary>
    IReadOnlySet<Guid> EmergencyPatientIds => FrozenSet<Guid>.Empty;
}

/// <summary>A tenant context for tools and startup work that act for one company, or for none.</summary>
public sealed record FixedTenantContext(Guid? CompanyId, string UserName = "system") : ITenantContext
{
    public Guid? UserId => null;
    string? ITenantContext.UserName => UserName;
    public IReadOnlySet<Guid>? ClinicIds => null;
    public Guid? CurrentClinicId => null;
    public string? ClientAddress => null;
}
