using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using Rehab.Data;
using Rehab.Data.Patients;
using Rehab.Data.Tenancy;
using Rehab.Web.Audit;

namespace Rehab.Web.Patients;

/// <summary>
/// Finds the signed-in user's unexpired emergency accesses once per request (from a cache of a few seconds), so
/// that the clinic scoping of every query (<see cref="ClinicalQueries"/>) lets those patients' charts through, and
/// an expired one stops at once.
/// Only reads use them (GET and HEAD): emergency access opens a chart, it does not let a user change it.
/// </summary>
public sealed class EmergencyAccessMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(
        HttpContext http, RehabDbContext db, ITenantContext tenant, EmergencyAccessCache cache, TimeProvider clock)
    {
        if (http.GetEndpoint() is not null && tenant.ClinicIds is not null && tenant.UserId is { } userId
            && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)))
        {
            var now = clock.GetUtcNow();
            var unexpired = cache.Get(userId);
            if (unexpired is null)
            {
                unexpired = await db.EmergencyAccessGrants.AsNoTracking()
                    .Where(g => g.UserId == userId && g.ExpiresAt > now)
                    .ToListAsync(http.RequestAborted);
                cache.Set(userId, unexpired);
            }
            var active = unexpired.Where(g => g.ExpiresAt > now).ToList();
            if (active.Count > 0)
                http.Items[EmergencyAccessGrants.Key] = new EmergencyAccessGrants.Active(active
                    .GroupBy(g => g.PatientId)
                    .ToFrozenDictionary(g => g.Key, g => g.MaxBy(x => x.ExpiresAt)!));
        }
        await next(http);
    }
}

public static class EmergencyAccessGrants
{
    internal const string Key = "emergency:grants";

    /// <summary>The user's unexpired grants by patient, loaded once for the request.</summary>
    internal sealed record Active(FrozenDictionary<Guid, EmergencyAccessGrant> ByPatient)
    {
        public static Active None { get; } = new(FrozenDictionary<Guid, EmergencyAccessGrant>.Empty);
        public FrozenSet<Guid> PatientIds { get; } = ByPatient.Keys.ToFrozenSet();
    }

    private static FrozenDictionary<Guid, EmergencyAccessGrant> Of(HttpContext? http) => ActiveOf(http).ByPatient;

    private static Active ActiveOf(HttpContext? http) =>
        http is not null && http.Items.TryGetValue(Key, out var value) && value is Active active ? active : Active.None;

    public static IReadOnlySet<Guid> PatientIdsOf(HttpContext? http) => ActiveOf(http).PatientIds;

    /// <summary>The user's active emergency access to this patient, for the chart's banner.</summary>
    public static EmergencyAccessGrant? EmergencyAccessTo(this HttpContext http, Guid patientId) =>
        Of(http).GetValueOrDefault(patientId);

    /// <summary>
    /// What a read's audit entry says when it showed a patient under emergency access: the grant and its reason,
    /// so that the review sees why each read happened (ONC 170.315(d)(6)).
    /// </summary>
    internal static string? AuditDetailsOfRead(HttpContext http)
    {
        var grants = Of(http);
        if (grants.Count == 0)
            return null;
        var shown = (http.AuditedPatients() ?? []).Append(http.AuditedPatient() ?? Guid.Empty);
        var used = shown.Where(grants.ContainsKey).Distinct().Select(p => grants[p]).ToList();
        return used.Count == 0
            ? null
            : string.Join("; ", used.Select(g => $"Emergency access {g.Id} ({g.Category}): {g.Reason}"));
    }
}
