using Microsoft.AspNetCore.Http.Features;
using Rehab.Core.Audit;
using Rehab.Data.Audit;

namespace Rehab.Web.Audit;

/// <summary>
/// The one place reads are audited, failing closed (ONC 170.315(d)(2), (d)(10)): the answer of an endpoint marked
/// <see cref="AuditsReadsAttribute"/> is held back until its read is recorded, and when the record cannot be written
/// the caller gets a 503 problem and none of the data. Refused writes (403, 409, 422) are recorded as attempts.
/// </summary>
public sealed class AuditReadMiddleware(RequestDelegate next, ILogger<AuditReadMiddleware> log)
{
    public async Task InvokeAsync(HttpContext http, AuditLog audit)
    {
        var marker = http.GetEndpoint()?.Metadata.GetMetadata<AuditsReadsAttribute>();
        if (marker is not null && (HttpMethods.IsGet(http.Request.Method) || marker.AnyMethod))
            await ReadAsync(http, audit, marker);
        else if (http.GetEndpoint() is not null && IsWrite(http.Request.Method))
            await WriteAsync(http, audit);
        else
            await next(http);
    }

    private async Task ReadAsync(HttpContext http, AuditLog audit, AuditsReadsAttribute marker)
    {
        var answer = http.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        using var held = new MemoryStream();
        var holding = new StreamResponseBodyFeature(held);
        http.Features.Set<IHttpResponseBodyFeature>(holding);
        try
        {
            await next(http);
            await holding.CompleteAsync();
        }
        finally
        {
            http.Features.Set(answer);
        }

        try
        {
            await audit.RecordAsync(ReadOf(http, marker), CancellationToken.None);
        }
        catch (Exception e)
        {
            log.LogError(e, "A read of {EntityType} could not be recorded; the answer was withheld", marker.EntityType);
            await WithheldAsync(http);
            return;
        }
        // An empty answer stays unstarted, so the status-code pages can still give it its problem body.
        if (held.Length > 0)
            await answer.Writer.WriteAsync(held.GetBuffer().AsMemory(0, (int)held.Length), http.RequestAborted);
    }

    private async Task WriteAsync(HttpContext http, AuditLog audit)
    {
        await next(http);
        if (http.Response.StatusCode is not (StatusCodes.Status403Forbidden or StatusCodes.Status409Conflict
            or StatusCodes.Status422UnprocessableEntity))
            return;
        try
        {
            await audit.RecordRefusedAsync(new AuditEvent(
                AuditAction.Refused,
                http.GetEndpoint()?.DisplayName is { } name ? Truncate(name, 100) : "Request",
                http.Response.StatusCode == StatusCodes.Status403Forbidden ? AuditOutcome.Denied : AuditOutcome.Failure,
                EntityId: http.GetRouteValue("id")?.ToString(),
                Details: RefusalReason.Of(http)), CancellationToken.None);
        }
        catch (Exception e)
        {
            // The write was refused and nothing was saved; the answer has been sent.
            log.LogError(e, "A refused write could not be recorded");
        }
    }

    private static AuditEvent ReadOf(HttpContext http, AuditsReadsAttribute marker)
    {
        var status = http.Response.StatusCode;
        var found = status < 400;
        // An id a refused read asked for may name another company's record: the company's log does not keep it.
        return new AuditEvent(
            AuditAction.Read,
            marker.EntityType,
            found ? AuditOutcome.Success : status is 401 or 403 ? AuditOutcome.Denied : AuditOutcome.Failure,
            EntityId: found ? http.GetRouteValue("id")?.ToString() : null,
            PatientId: found ? http.AuditedPatient() : null,
            Details: found ? Patients.EmergencyAccessGrants.AuditDetailsOfRead(http) : $"HTTP {status}",
            PatientIds: found ? http.AuditedPatients() : null);
    }

    private static async Task WithheldAsync(HttpContext http)
    {
        http.Response.Clear();
        await Results.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "The record of this read could not be written",
            detail: "Patient data is shown only once its read is in the audit log. Try again in a moment; if it keeps "
                    + "happening, tell your administrator.").ExecuteAsync(http);
    }

    private static bool IsWrite(string method) =>
        HttpMethods.IsPost(method) || HttpMethods.IsPut(method)
        || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
