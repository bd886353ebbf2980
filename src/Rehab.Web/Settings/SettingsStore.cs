using Microsoft.EntityFrameworkCore;
using Rehab.Core.Settings;
using Rehab.Data;
using Rehab.Data.Payers;

namespace Rehab.Web.Settings;

/// <summary>Reads stored settings; a company or clinic without a row has the defaults.</summary>
public static class SettingsStore
{
    public static async Task<CompanySettings> CompanyAsync(RehabDbContext db, CancellationToken ct) =>
        (await db.CompanySettings.AsNoTracking().FirstOrDefaultAsync(ct))?.ToSettings() ?? new CompanySettings();

    public static async Task<ClinicSettings> ClinicAsync(RehabDbContext db, Guid clinicId, CancellationToken ct) =>
        (await db.ClinicSettings.AsNoTracking().FirstOrDefaultAsync(s => s.ClinicId == clinicId, ct))?.ToSettings() ?? new ClinicSettings();

    /// <summary>The settings a note's rules come from: the company's, the clinic's and the case's payers'.</summary>
    public static async Task<RuleSources> SourcesAsync(RehabDbContext db, Guid clinicId, Payer primary, Payer? secondary, CancellationToken ct) =>
        new(await CompanyAsync(db, ct), await ClinicAsync(db, clinicId, ct), primary.ToSettings(), secondary?.ToSettings());

    /// <summary>Validation errors keyed by the request's camel-case field names.</summary>
    public static IDictionary<string, string[]> Fields(IDictionary<string, string[]> errors) =>
        errors.ToDictionary(e => e.Key.Length > 0 ? char.ToLowerInvariant(e.Key[0]) + e.Key[1..] : e.Key, e => e.Value, StringComparer.Ordinal);
}

/// <summary>Company, clinic and payer settings, from which the rules for any acting user are resolved.</summary>
public sealed record RuleSources(CompanySettings Company, ClinicSettings Clinic, PayerSettings Primary, PayerSettings? Secondary)
{
    public EffectiveRules For(ActingUser user) => EffectiveRulesResolver.Resolve(Company, Clinic, Primary, Secondary, user);
}
