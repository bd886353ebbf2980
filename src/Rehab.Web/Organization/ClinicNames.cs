using Microsoft.EntityFrameworkCore;
using Rehab.Data;

namespace Rehab.Web.Organization;

/// <summary>Clinic names are unique within a company; the API and the clinic pages ask here.</summary>
public static class ClinicNames
{
    public const string TakenMessage = "Another clinic already has this name; clinic names must be unique.";

    public static Task<bool> IsTakenAsync(RehabDbContext db, string name, Guid? except, CancellationToken ct)
    {
        var trimmed = name.Trim();
        return db.Clinics.AnyAsync(c => c.Name == trimmed && c.Id != except, ct);
    }
}
