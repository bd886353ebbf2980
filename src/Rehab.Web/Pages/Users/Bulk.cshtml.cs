using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Tenancy;
using Rehab.Web.Organization;
using Rehab.Web.Pages.Shared;
using Rehab.Web.Users;

namespace Rehab.Web.Pages.Users;

/// <summary>
/// Bulk Update Users: filter, tick users, choose the change, review it, apply it and see who was not updated and why.
/// </summary>
public sealed class BulkModel(RehabDbContext db, ITenantContext tenant) : PageModel
{
    public enum BulkStep { Select, Review, Result }

    [BindProperty(SupportsGet = true)] public string? Type { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; } = "active";
    [BindProperty(SupportsGet = true)] public Guid? ClinicId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Name { get; set; }

    [BindProperty] public List<Guid> SelectedUserIds { get; set; } = [];
    [BindProperty] public List<string> AddPermissions { get; set; } = [];
    [BindProperty] public List<string> RemovePermissions { get; set; } = [];
    [BindProperty] public List<Guid> AddClinics { get; set; } = [];
    [BindProperty] public List<Guid> RemoveClinics { get; set; } = [];

    public BulkStep Step { get; private set; } = BulkStep.Select;
    public IReadOnlyList<UserRow> Users { get; private set; } = [];
    public IReadOnlyList<ClinicChoice> Clinics { get; private set; } = [];
    public BulkUserUpdateResponse? Outcome { get; private set; }
    public FormErrors Errors { get; } = new();

    public static readonly IReadOnlyList<string> Fields = ["SelectedUserIds", "AddPermissions", "RemovePermissions", "AddClinics", "RemoveClinics"];

    public sealed record UserRow(Guid Id, string UserName, string DisplayName, UserType Type, bool IsActive);

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    /// <summary>Ticks every matching user and keeps the ticked permissions and clinics: nothing is saved.</summary>
    public async Task<IActionResult> OnPostSelectAllAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        SelectedUserIds = Users.Select(u => u.Id).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostDeselectAllAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        SelectedUserIds = [];
        return Page();
    }

    public Task<IActionResult> OnPostReviewAsync(CancellationToken ct) => RunAsync(preview: true, ct);

    public Task<IActionResult> OnPostApplyAsync(CancellationToken ct) => RunAsync(preview: false, ct);

    private async Task<IActionResult> RunAsync(bool preview, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (SelectedUserIds.Count == 0)
        {
            Errors.Add("SelectedUserIds", "Tick at least one user.");
            return Page();
        }
        var (response, errors) = await BulkUserUpdates.RunAsync(db, tenant, User, new BulkUserUpdateRequest(
            SelectedUserIds, null, AddPermissions, RemovePermissions, AddClinics, RemoveClinics, preview), ct);
        if (response is null)
        {
            foreach (var (field, messages) in errors.ToDictionary())
                foreach (var message in messages)
                    Errors.Add(field switch
                    {
                        "addPermissions" => "AddPermissions",
                        "removePermissions" => "RemovePermissions",
                        "addClinics" => "AddClinics",
                        "removeClinics" => "RemoveClinics",
                        _ => field,
                    }, message);
            return Page();
        }
        Outcome = response;
        Step = preview ? BulkStep.Review : BulkStep.Result;
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Clinics = await ClinicChoices.VisibleAsync(db, tenant, ct);
        UserType? type = Enum.TryParse<UserType>(Type, out var t) && Enum.IsDefined(t) ? t : null;
        var status = Status is "active" or "inactive" ? Status : "all";
        Users = await BulkUserUpdates.Matching(db, tenant, type, status, ClinicId, Name).AsNoTracking()
            .OrderBy(u => u.DisplayName).ThenBy(u => u.UserName)
            .Select(u => new UserRow(u.Id, u.UserName!, u.DisplayName, u.UserType, u.IsActive)).ToListAsync(ct);
    }

    public static string Describe(BulkUserChanges changes) => string.Join("; ", new[]
    {
        changes.AddedPermissions.Count > 0 ? "adds " + string.Join(", ", changes.AddedPermissions) : null,
        changes.RemovedPermissions.Count > 0 ? "removes " + string.Join(", ", changes.RemovedPermissions) : null,
        changes.AddedClinics.Count > 0 ? "adds clinics " + string.Join(", ", changes.AddedClinics.Select(c => c.Name)) : null,
        changes.RemovedClinics.Count > 0 ? "removes clinics " + string.Join(", ", changes.RemovedClinics.Select(c => c.Name)) : null,
    }.OfType<string>());
}
