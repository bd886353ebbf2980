using System.Security.Claims;
using Rehab.Data.Tenancy;

namespace Rehab.Web.Auth;

/// <summary>The tenant of a web request, read from the signed-in principal and the clinic switcher's cookie.</summary>
public sealed class HttpTenantContext(IHttpContextAccessor accessor) : ITenantContext
{
    public const string CurrentClinicCookie = "rehab-clinic";

    private ClaimsPrincipal? User => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } u ? u : null;

    public Guid? CompanyId => Guid.TryParse(User?.FindFirstValue(RehabClaims.CompanyId), out var id) ? id : null;

    public Guid? UserId => Guid.TryParse(User?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    /// <summary>Work done outside any request (startup, seeding) is recorded as the system's.</summary>
    public string? UserName => accessor.HttpContext is null ? "system" : User?.Identity?.Name;

    public IReadOnlySet<Guid>? ClinicIds
    {
        get
        {
            var values = User?.FindAll(RehabClaims.Clinic).Select(c => c.Value).ToList() ?? [];
            if (values.Contains(RehabClaims.AllClinics))
                return null;
            return values.Select(v => Guid.TryParse(v, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).ToHashSet();
        }
    }

    public Guid? CurrentClinicId =>
        accessor.HttpContext?.Request.Cookies[CurrentClinicCookie] is { } text && Guid.TryParse(text, out var id)
        && (ClinicIds?.Contains(id) ?? true)
            ? id
            : null;

    public IReadOnlySet<Guid> EmergencyPatientIds => Patients.EmergencyAccessGrants.PatientIdsOf(accessor.HttpContext);

    public string? ClientAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
