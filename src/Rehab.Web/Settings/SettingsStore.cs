using Microsoft.EntityFrameworkCore;
using Rehab.Core.Settings;
using Rehab.Data;

namespace Rehab.Web.Settings;

/// <summary>Reads stored settings; a company or clinic without a row has the defaults.</summary>
public static class SettingsStore
{
    public static async Task<CompanySettings> CompanyAsync(RehabDbContext db, CancellationToken ct) =>
        (await db.CompanySettings.AsNoTracking().FirstOrDefaultAsync(ct))?.ToSettings() ?? new CompanySettings();

    public static async Task<ClinicSettings> ClinicAsync(RehabDbContext db, Guid clinicId, CancellationToken ct) =>
        (await db.ClinicSettings.AsNoTracking().FirstOrDefaultAsync(s => s.ClinicId == clinicId, ct))?.ToSettings() ?? new ClinicSettings();

    /// <summary>Validation errors keyed by the request's camel-case field names.</summary>
    public static IDictionary<string, string[]> Fields(IDictionary<string, string[]> errors) =>
        errors.ToDictionary(e => e.Key.Length > 0 ? char.ToLowerInvariant(e.Key[0]) + e.Key[1..] : e.Key, e => e.Value, StringComparer.Ordinal);
}
