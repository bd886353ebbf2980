using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Common;
using Rehab.Core.Patients;
using Rehab.Data;
using Rehab.Data.Patients;
using Rehab.Data.Tenancy;
using Rehab.Web.Hosting;

namespace Rehab.Web.Patients;

/// <summary>
/// Finds patients of the clinics the user works in by name (every word must appear in the first, last or preferred
/// name), date of birth (2026-03-10 or 3/10/2026) or the beginning of the medical record number.
/// </summary>
public sealed record PatientSearch(string? Q)
{
    public const int MaxLength = 100;
    public const int Limit = 100;

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "M/d/yyyy"];

    public ValidationErrors Validate()
    {
        var errors = new ValidationErrors();
        errors.MaxLength("q", Q?.Trim(), "Search", MaxLength);
        return errors;
    }

    /// <summary>At most <see cref="Limit"/> patients, by last and first name.</summary>
    public Task<List<Patient>> RunAsync(RehabDbContext db, ITenantContext tenant, CancellationToken ct)
    {
        var query = db.Patients.AsNoTracking().VisibleTo(db, tenant);
        var q = Q?.Trim();
        if (string.IsNullOrEmpty(q))
            return Ordered(query).ToListAsync(ct);
        if (DateOnly.TryParseExact(q, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var born))
            return Ordered(query.Where(p => p.DateOfBirth == born)).ToListAsync(ct);

        var words = q.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        var mrn = words.Length == 1 ? PatientDetails.NormalizeMedicalRecordNumber(q) : null; // a medical record number is one word
        foreach (var pattern in words.Select(LikePatterns.Containing))
            query = query.Where(p => (mrn != null && p.MedicalRecordNumber.StartsWith(mrn))
                                     || EF.Functions.Like(p.FirstName.ToLower(), pattern, LikePatterns.Escape)
                                     || EF.Functions.Like(p.LastName.ToLower(), pattern, LikePatterns.Escape)
                                     || (p.PreferredName != null && EF.Functions.Like(p.PreferredName.ToLower(), pattern, LikePatterns.Escape)));
        return Ordered(query).ToListAsync(ct);
    }

    private static IQueryable<Patient> Ordered(IQueryable<Patient> query) =>
        query.OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ThenBy(p => p.DateOfBirth).Take(Limit);

}
