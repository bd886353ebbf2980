using Microsoft.EntityFrameworkCore;
using Rehab.Core.Billing;
using Rehab.Core.Documentation;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Tenancy;
using Rehab.Data.Users;

namespace Rehab.Web.Documentation;

/// <summary>A user as a note shows them: name with credentials, and type.</summary>
public sealed record NoteUserChoice(Guid Id, string Name, UserType Type);

/// <summary>The people around notes: who acts with which permissions, who may co-sign or supervise, and their names.</summary>
public static class NoteUsers
{
    /// <summary>
    /// A user of the company with their type and permissions, or null. One the caller <paramref name="chose"/> (a co-signer,
    /// a supervisor) must be active and one the caller may see.
    /// </summary>
    public static async Task<NoteUser?> FindAsync(RehabDbContext db, ITenantContext tenant, Guid id, CancellationToken ct, bool chose = false)
    {
        var users = db.Users.AsNoTracking();
        if (chose)
            users = users.VisibleTo(db, tenant).Where(u => u.IsActive);
        var type = await users.Where(u => u.Id == id).Select(u => (UserType?)u.UserType).FirstOrDefaultAsync(ct);
        if (type is null)
            return null;
        var permissions = await db.UserPermissions.Where(p => p.UserId == id).Select(p => p.Permission).ToListAsync(ct);
        return new NoteUser(id, type.Value, permissions.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>The signed-in user.</summary>
    public static async Task<NoteUser> MeAsync(RehabDbContext db, ITenantContext tenant, CancellationToken ct) =>
        await FindAsync(db, tenant, tenant.UserId!.Value, ct) ?? throw new InvalidOperationException("The signed-in user is not in the company.");

    public static async Task<Dictionary<Guid, string>> NamesAsync(RehabDbContext db, IEnumerable<Guid?> ids, CancellationToken ct)
    {
        var wanted = ids.OfType<Guid>().Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, u.Credentials }).ToListAsync(ct);
        return users.ToDictionary(u => u.Id, u => Name(u.DisplayName, u.Credentials));
    }

    /// <summary>
    /// Active therapists who may work in the clinic and hold Finalize Notes, of the discipline given (all when null),
    /// other than <paramref name="except"/>: whom a note may be forwarded to, or an assistant may name as supervisor.
    /// </summary>
    public static async Task<IReadOnlyList<NoteUserChoice>> TherapistsAsync(RehabDbContext db, ITenantContext tenant, Guid clinicId,
        Discipline? discipline, Guid except, CancellationToken ct)
    {
        UserType[] types = discipline switch
        {
            Discipline.PT => [UserType.PT],
            Discipline.OT => [UserType.OT],
            Discipline.SLP => [UserType.SLP],
            _ => [UserType.PT, UserType.OT, UserType.SLP],
        };
        var users = await db.Users.AsNoTracking().VisibleTo(db, tenant)
            .Where(u => u.IsActive && u.Id != except && types.Contains(u.UserType))
            .Where(u => u.AllClinics || db.UserClinicAccess.Any(a => a.UserId == u.Id && a.ClinicId == clinicId))
            .Where(u => db.UserPermissions.Any(p => p.UserId == u.Id && p.Permission == Permission.FinalizeNotes))
            .OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName, u.Credentials, u.UserType }).ToListAsync(ct);
        return users.Select(u => new NoteUserChoice(u.Id, Name(u.DisplayName, u.Credentials), u.UserType)).ToList();
    }

    private static string Name(string displayName, string? credentials) =>
        string.IsNullOrWhiteSpace(credentials) ? displayName : $"{displayName}, {credentials}";
}
