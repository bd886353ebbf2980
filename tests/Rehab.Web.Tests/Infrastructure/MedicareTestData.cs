using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Data;

namespace Rehab.Web.Tests.Infrastructure;

/// <summary>Medicare reference data the threshold and KX tests set up: a fee schedule and other providers' amounts.</summary>
internal static class MedicareTestData
{
    /// <summary>Imports the fee-schedule file as the company admin.</summary>
    public static async Task ImportFeeScheduleAsync(this RehabAppFactory app, string csv)
    {
        var admin = await app.ClientForAsync("admin");
        var response = await admin.PutAsync("/api/v1/billing/fee-schedule", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Stores other providers' amounts on a Medicare policy, as the policy's JSON holds them.</summary>
    public static Task SetPriorAmountsAsync(this RehabAppFactory app, Guid policyId, string json) =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RehabDbContext>();
            var policy = await db.Policies.IgnoreQueryFilters().SingleAsync(p => p.Id == policyId);
            policy.MedicarePriorAmounts = json;
            return await db.SaveChangesAsync();
        });
}

internal static class PayerTestData
{
    /// <summary>
    /// Turns therapy modifiers off on a stored payer, as a Medicare payer could be stored before they were required.
    /// </summary>
    public static Task StoreWithoutTherapyModifiersAsync(this RehabAppFactory app, Guid payerId) =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RehabDbContext>();
            var payer = await db.Payers.IgnoreQueryFilters().SingleAsync(p => p.Id == payerId);
            payer.AppliesTherapyModifiers = false;
            return await db.SaveChangesAsync();
        });
}
