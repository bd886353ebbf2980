using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Settings;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Tenancy;
using Rehab.Data.Users;
using Rehab.Web.Auth;
using Rehab.Web.Organization;
using Rehab.Web.Pages.Shared;
using Rehab.Web.Settings;

namespace Rehab.Web.Pages.Settings;

/// <summary>
/// The rules a note follows for a clinic, its payers and a user, each with its reason: the same lookup as the API's
/// effective-rules endpoint, through a GET form so the answer can be shared as a link.
/// </summary>
public sealed class EffectiveModel(RehabDbContext db, ITenantContext tenant) : PageModel
{
    public static readonly IReadOnlyList<string> Fields = ["clinicId", "primaryPayerId", "secondaryPayerId", "userId"];

    [BindProperty(SupportsGet = true)] public Guid? ClinicId { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? PrimaryPayerId { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? SecondaryPayerId { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? UserId { get; set; }

    public FormErrors Errors { get; } = new();
    public EffectiveRules? Rules { get; private set; }
    public IReadOnlyList<FieldOption> Clinics { get; private set; } = [];
    public IReadOnlyList<FieldOption> Payers { get; private set; } = [];
    public IReadOnlyList<FieldOption> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var asked = Request.Query.Count > 0;
        var clinics = await ClinicChoices.VisibleAsync(db, tenant, ct);
        Clinics = [new("", "Choose a clinic"), .. clinics.Select(c => new FieldOption(c.Id.ToString(), c.Name))];
        var payers = await db.Payers.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.Name).Select(p => new { p.Id, p.Name, p.Type }).ToListAsync(ct);
        Payers = [.. payers.Select(p => new FieldOption(p.Id.ToString(), $"{p.Name} ({p.Type.DisplayName()})"))];
        Users = await UserChoicesAsync(ct);
        UserId ??= tenant.UserId;
        if (!asked)
        {
            ClinicId ??= ClinicChoices.Current(clinics, tenant)?.Id;
            return;
        }

        var result = await SettingsStore.EffectiveRulesAsync(db, tenant, ClinicId, PrimaryPayerId, SecondaryPayerId, UserId, ct);
        if (result.Errors is { } errors)
            Errors.AddAll(errors);
        if (result.NotFound is { } notFound)
            Errors.Add(notFound.Field, notFound.Detail);
        Rules = result.Value;
    }

    /// <summary>Everyone may look up their own rules; User Manager readers may look them up for any user they may see.</summary>
    private async Task<IReadOnlyList<FieldOption>> UserChoicesAsync(CancellationToken ct)
    {
        var users = db.Users.AsNoTracking().VisibleTo(db, tenant);
        if (!User.HasClaim(RehabClaims.Permission, Permission.ViewUsers))
            users = users.Where(u => u.Id == tenant.UserId);
        var list = await users.Where(u => u.IsActive || u.Id == tenant.UserId).OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName, u.UserType }).ToListAsync(ct);
        return [.. list.Select(u => new FieldOption(u.Id.ToString(), $"{u.DisplayName} ({u.UserType}){(u.Id == tenant.UserId ? " — you" : "")}"))];
    }
}
