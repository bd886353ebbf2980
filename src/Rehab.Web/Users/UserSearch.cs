using Microsoft.EntityFrameworkCore;
using Rehab.Core.Common;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Tenancy;
using Rehab.Data.Users;
using Rehab.Web.Hosting;

namespace Rehab.Web.Users;

/// <summary>The User Manager's filters: type, status (active, inactive or all), clinic and name.</summary>
public sealed record UserSearch(string? Type, string? Status, Guid? Clinic, string? Name)
{
    public ValidationErrors Validate()
    {
        var errors = new ValidationErrors();
        if (!string.IsNullOrWhiteSpace(Type) && !Enum.TryParse<UserType>(Type, true, out _))
            errors.Add("type", $"Type must be one of {string.Join(", ", Enum.GetNames<UserType>())}.");
        if (!string.IsNullOrWhiteSpace(Status) && Status.ToLowerInvariant() is not ("active" or "inactive" or "all"))
            errors.Add("status", "Status must be active, inactive or all.");
        errors.MaxLength("name", Name, "Name", 200);
        return errors;
    }

    public async Task<List<UserResponse>> RunAsync(RehabDbContext db, ITenantContext tenant, CancellationToken ct)
    {
        var query = db.Users.AsNoTracking().VisibleTo(db, tenant);
        if (!string.IsNullOrWhiteSpace(Type) && Enum.TryParse<UserType>(Type, true, out var type))
            query = query.Where(u => u.UserType == type);
        query = Status?.ToLowerInvariant() switch
        {
            "active" => query.Where(u => u.IsActive),
            "inactive" => query.Where(u => !u.IsActive),
            _ => query,
        };
        if (Clinic is { } clinic)
            query = query.Where(u => u.AllClinics || u.HomeClinicId == clinic || db.UserClinicAccess.Any(a => a.UserId == u.Id && a.ClinicId == clinic));
        if (!string.IsNullOrWhiteSpace(Name))
        {
            var pattern = LikePatterns.Containing(Name);
            query = query.Where(u => EF.Functions.Like(u.DisplayName.ToLower(), pattern, LikePatterns.Escape)
                                     || EF.Functions.Like(u.UserName!.ToLower(), pattern, LikePatterns.Escape));
        }
        var rows = await query.OrderBy(u => u.DisplayName).Take(1000).ToListAsync(ct);
        return await UserResponses.ForAsync(db, rows, ct);
    }
}

public static class UserResponses
{
    public static async Task<List<UserResponse>> ForAsync(RehabDbContext db, IReadOnlyList<RehabUser> rows, CancellationToken ct)
    {
        var ids = rows.Select(u => u.Id).ToList();
        var clinics = await db.UserClinicAccess.AsNoTracking().Where(a => ids.Contains(a.UserId)).ToListAsync(ct);
        var permissions = await db.UserPermissions.AsNoTracking().Where(p => ids.Contains(p.UserId)).ToListAsync(ct);
        return rows.Select(u => UserResponse.From(u,
            clinics.Where(c => c.UserId == u.Id).Select(c => c.ClinicId),
            permissions.Where(p => p.UserId == u.Id).Select(p => p.Permission))).ToList();
    }
}
