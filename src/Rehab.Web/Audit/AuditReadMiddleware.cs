using Rehab.Core.Audit;
using Rehab.Data.Audit;

namespace Rehab.Web.Audit;

/// <summary>The one place reads are audited: after any GET of an endpoint marked <see cref="AuditsReadsAttribute"/>.</summary>
public sealed class AuditReadMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http, AuditLog audit)
    {
        await next(http);
        if (!HttpMethods.IsGet(http.Request.Method) || http.GetEndpoint()?.Metadata.GetMetadata<AuditsReadsAttribute>() is not { } marker)
            return;
        var status = http.Response.StatusCode;
        await audit.RecordAsync(new AuditEvent(
            AuditAction.Read,
            marker.EntityType,
            status < 400 ? AuditOutcome.Success : status is 401 or 403 ? AuditOutcome.Denied : AuditOutcome.Failure,
            // a 404 names no record of the company: the id asked for may be another company's, which its log must not show
            EntityId: status == StatusCodes.Status404NotFound ? null : http.GetRouteValue("id")?.ToString(),
            PatientId: http.AuditedPatient(),
            Details: status < 400 ? null : $"HTTP {status}"), CancellationToken.None);
    }
}
