using Microsoft.Extensions.Diagnostics.HealthChecks;
using Rehab.Data;

namespace Rehab.Web.Hosting;

/// <summary>Ready means the database answers.</summary>
public sealed class DatabaseHealthCheck(RehabDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        await db.Database.CanConnectAsync(ct)
            ? HealthCheckResult.Healthy("database reachable")
            : HealthCheckResult.Unhealthy("database unreachable");
}
