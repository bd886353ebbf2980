using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Tenancy;
using Rehab.Data.Users;
using Rehab.Web.Auth;
using Rehab.Web.Organization;
using Rehab.Web.Pages.Shared;
using Rehab.Web.Users;

namespace Rehab.Web.Pages.Users;

/// <summary>The form behind the add/edit user page.</summary>
public sealed class UserForm
{
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? Email { get; set; }
    public string? Credentials { get; set; }
    public string? Npi { get; set; }
    public string? UserType { get; set; } = nameof(Core.Users.UserType.PT);
    public bool IsActive { get; set; } = true;
    public bool AllClinics { get; set; }
    public List<Guid> ClinicIds { get; set; } = [];
    public Guid? HomeClinicId { get; set; }
    public List<string> Permissions { get; set; } = [];
    public string? RoleTemplate { get; set; }
    public bool ApplyTemplate { get; set; }
    public Guid? CopyFrom { get; set; }
    public bool FinalizeAttestation { get; set; }
    /// <summary>The template the user had when the form was opened; choosing another applies it.</summary>
    public string? LoadedTemplate { get; set; }
    public bool ConfirmDroppedPermissions { get; set; }

    private bool TemplateChosen => !string.IsNullOrWhiteSpace(RoleTemplate) && RoleTemplate != LoadedTemplate;

    public UserInput ToInput() => new()
    {
        UserName = UserName, Password = Password, FirstName = FirstName, LastName = LastName, Email = Email, Credentials = Credentials,
        Npi = Npi, UserType = UserType, IsActive = IsActive, AllClinics = AllClinics, ClinicIds = ClinicIds, HomeClinicId = HomeClinicId,
        Permissions = ApplyTemplate || TemplateChosen || CopyFrom is not null ? null : Permissions,
        RoleTemplate = string.IsNullOrWhiteSpace(RoleTemplate) ? null : RoleTemplate,
        CopyPermissionsFromUserId = CopyFrom, FinalizeAttestation = FinalizeAttestation,
        ConfirmDroppedPermissions = ConfirmDroppedPermissions,
    };
}

/// <summary>Add a user or change one: profile, type, clinics with a home clinic, permissions, role template.</summary>
[Authorize(Policy = Permission.EditUsers)]
public sealed class EditModel(RehabDbContext db, ITenantContext tenant, UserEditor editor) : PageModel
{
    public static readonly IReadOnlyList<string> Fields =
    [
        "userName", "password", "firstName", "lastName", "email", "credentials", "npi", "userType", "isActive", "allClinics",
        "clinicIds", "homeClinicId", "roleTemplate", "copyPermissionsFromUserId", "permissions", "finalizeAttestation",
    ];

    [BindProperty] public UserForm Input { get; set; } = new();
    public FormErrors Errors { get; } = new();
    [TempData] public string? Notice { get; set; }
    public Guid? UserId { get; private set; }
    public string Heading { get; private set; } = "Add user";
    public IReadOnlyList<ClinicChoice> Clinics { get; private set; } = [];
    public IReadOnlyList<FieldOption> OtherUsers { get; private set; } = [];
    public IReadOnlySet<string> Holds => User.FindAll(RehabClaims.Permission).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>Permissions the user holds that their type cannot: saving drops them once the admin confirms.</summary>
    public IReadOnlyList<string> Dropped { get; private set; } = [];

    public UserType? SelectedType => Enum.TryParse<UserType>(Input.UserType, true, out var t) ? t : null;

    public static IReadOnlyList<FieldOption> Types { get; } =
        [new("", "Choose a type"), .. Enum.GetNames<UserType>().Select(t => new FieldOption(t, t))];

    public static IReadOnlyList<FieldOption> Templates { get; } =
        [new("", "None"), .. RoleTemplates.All.Select(t => new FieldOption(t.ToString(), $"{t.DisplayName()} ({string.Join(", ", t.UserTypes())})"))];

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        await LoadChoicesAsync(id, ct);
        if (id is null)
            return Page();
        var user = await db.Users.AsNoTracking().VisibleTo(db, tenant).FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
            return NotFound();
        var response = (await UserResponses.ForAsync(db, [user], ct)).Single();
        Heading = "Edit " + user.DisplayName;
        Input = new UserForm
        {
            UserName = user.UserName, FirstName = user.FirstName, LastName = user.LastName, Email = user.Email, Credentials = user.Credentials,
            Npi = user.Npi?.Value, UserType = user.UserType.ToString(), IsActive = user.IsActive, AllClinics = user.AllClinics,
            ClinicIds = [.. response.ClinicIds], HomeClinicId = user.HomeClinicId, Permissions = [.. response.Permissions],
            RoleTemplate = user.RoleTemplate?.ToString(), LoadedTemplate = user.RoleTemplate?.ToString(),
        };
        if (SelectedType is { } type)
            Dropped = [.. Input.Permissions.Where(p => !PermissionRules.IsPossible(type, p))];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        await LoadChoicesAsync(id, ct);
        if (id is not null)
            Heading = "Edit " + $"{Input.FirstName} {Input.LastName}".Trim();
        var result = await editor.SaveAsync(id, Input.ToInput(), User, ct);
        if (result.Refusal is { Status: StatusCodes.Status404NotFound })
            return NotFound();
        if (result.Errors is { } errors)
        {
            Errors.AddAll(errors.ToDictionary());
            return Page();
        }
        if (result.Refusal?.Extensions?.TryGetValue("droppedPermissions", out var dropped) == true)
        {
            Dropped = (IReadOnlyList<string>)dropped!;
            return Page();
        }
        if (result.Refusal is { } refusal)
        {
            Errors.Add("form", $"{refusal.Title}: {refusal.Detail}");
            return Page();
        }
        Notice = $"User {result.User!.DisplayName} saved.";
        return RedirectToPage("Index");
    }

    private async Task LoadChoicesAsync(Guid? id, CancellationToken ct)
    {
        UserId = id;
        Clinics = await ClinicChoices.VisibleAsync(db, tenant, ct);
        var others = await db.Users.AsNoTracking().VisibleTo(db, tenant).Where(u => u.Id != id).OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName, u.UserType }).ToListAsync(ct);
        OtherUsers = [new("", "Nobody"), .. others.Select(u => new FieldOption(u.Id.ToString(), $"{u.DisplayName} ({u.UserType})"))];
    }
}
