using Microsoft.EntityFrameworkCore;
using Rehab.Core.Settings;
using Rehab.Data;

namespace Rehab.Web.Settings;

/// <summary>The company's payer lint findings, clinics without a fee-schedule locality, and clinic drift.</summary>
public static class SettingsReview
{
    /// <param name="referenceClinicId">Compares clinics with this clinic; null uses the company's marked reference, else the majority.</param>
    /// <param name="compareWithMajority">Compares clinics with the majority even when the company marked a reference clinic.</param>
    public static async Task<SettingsReviewResponse> RunAsync(
        RehabDbContext db, Guid? referenceClinicId, bool compareWithMajority, CancellationToken ct)
    {
        var company = await SettingsStore.CompanyAsync(db, ct);
        var payers = await db.Payers.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.Name).ToListAsync(ct);
        var clinics = await db.Clinics.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(ct);
        var rows = await db.ClinicSettings.AsNoTracking().ToDictionaryAsync(s => s.ClinicId, ct);
        var clinicSettings = clinics
            .Select(c => (Clinic: c.Name, Settings: rows.TryGetValue(c.Id, out var row) ? row.ToSettings() : new ClinicSettings()))
            .ToList();
        var reference = compareWithMajority ? null : clinics.FirstOrDefault(c => c.Id == (referenceClinicId ?? company.ReferenceClinicId));

        var findings = new List<(SettingsFinding Finding, string? FixPage)>();
        var allClinics = clinicSettings.Select(c => c.Settings).ToList();
        foreach (var payer in payers)
            findings.AddRange(PayerLint.Check([payer.ToSettings()], company, allClinics).Select(f => (f, (string?)SettingsPages.Payer(payer.Id))));
        var payerSettings = payers.Select(p => p.ToSettings()).ToList();
        foreach (var (payer, settings) in payers.Zip(payerSettings))
            if (MedicarePayerRules.SecondaryUnitFinding(settings, company, payerSettings) is { } secondaryUnits)
                findings.Add((secondaryUnits, SettingsPages.Payer(payer.Id)));
        foreach (var (clinic, (name, _)) in clinics.Zip(clinicSettings).Where(c => c.Second.Settings.MedicareFeeSchedule is null))
            findings.Add((new(FindingSeverity.Warning, $"Clinic {name}",
                $"{name} has no Medicare fee-schedule locality, so Medicare threshold amounts cannot be estimated and its users see an alert at every login.",
                "Choose the locality and facility type in the clinic's settings."), SettingsPages.ClinicFeeSchedule(clinic.Id)));
        var unpriced = await FeeScheduleAlerts.WithoutAmounts(db).ToListAsync(ct);
        foreach (var clinic in clinics.Where(c => unpriced.Contains(c.Id)))
            findings.Add((new(FindingSeverity.Warning, $"Clinic {clinic.Name}",
                $"{clinic.Name}'s Medicare fee-schedule locality has no imported amounts, so KX cannot be decided " +
                "and its Medicare notes are finalized only with a KX attestation.",
                "Import CMS's fee schedule for the locality, or choose the locality the imported amounts are for."),
                SettingsPages.ClinicFeeSchedule(clinic.Id)));
        var drift = ClinicDrift.Find(clinicSettings, reference?.Name);
        foreach (var d in drift)
            findings.Add((new(FindingSeverity.Info, $"Clinic setting {d.Setting}",
                $"{string.Join("; ", d.Differing.Select(v => $"{v.Clinic}: {v.Value}"))} — differs from {d.Basis}"
                + (d.ExpectedValue is null ? "." : $" ({d.ExpectedValue})."),
                "Make the clinics agree unless the difference is intended."), null));

        var values = clinicSettings.Select(c => ClinicDrift.ValuesOf(c.Settings)).ToList();
        var table = ClinicDrift.Names
            .Select((name, i) => new SettingRow(name, values.Select(v => v[i]).ToList(), drift.Any(d => d.Setting == name)))
            .ToList();
        return new SettingsReviewResponse(
            findings.OrderBy(f => f.Finding.Severity).Select(f => FindingResponse.From(f.Finding, f.FixPage)).ToList(), drift,
            reference?.Id, reference?.Name, clinics.Select(c => new ClinicColumn(c.Id, c.Name)).ToList(), table);
    }
}
