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
        var found = status < 400;
        // An id a refused read asked for may name another company's record: the company's log does not keep it.
        await audit.RecordAsync(new AuditEvent(
            AuditAction.Read,
            marker.EntityType,
            found ? AuditOutcome.Success : status is 401 or 403 ? AuditOutcome.Denied : AuditOutcome.Failure,
            EntityId: found ? http.GetRouteValue("id")?.ToString() : null,
            PatientId: found ? http.AuditedPatient() : null,
            Details: status < 400 ? null : $"HTTP {status}"), CancellationToken.None);
    }
}
