using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Core.Licensing;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Licensing;
using Rehab.Data.Tenancy;
using Rehab.Web.Organization;
using Rehab.Web.Pages.Shared;
using Rehab.Web.Users;

namespace Rehab.Web.Pages.Users;

/// <summary>The User Manager: users filtered by type, status, clinic and name; the current clinic's license counters.</summary>
public sealed class IndexModel(RehabDbContext db, ITenantContext tenant, IAuthorizationService authorization) : PageModel
{
    public static readonly IReadOnlyList<string> Fields = ["type", "status", "clinic", "name"];

    [BindProperty(SupportsGet = true)] public string? Type { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Clinic { get; set; }
    [BindProperty(SupportsGet = true)] public string? Name { get; set; }
    [TempData] public string? Notice { get; set; }

    public FormErrors Errors { get; } = new();
    public IReadOnlyList<UserResponse> Users { get; private set; } = [];
    public IReadOnlyList<ClinicChoice> Clinics { get; private set; } = [];
    public ClinicChoice? LicenseClinic { get; private set; }
    public IReadOnlyList<LicenseCount> Licenses { get; private set; } = [];
    public IReadOnlyList<Data.Users.RehabUser> InactiveHolders { get; private set; } = [];
    public bool CanEdit { get; private set; }

    public static IReadOnlyList<FieldOption> Types { get; } =
        [new("", "Any type"), .. Enum.GetNames<UserType>().Select(t => new FieldOption(t, t))];

    public static IReadOnlyList<FieldOption> Statuses { get; } =
        [new("", "Active and inactive"), new("active", "Active"), new("inactive", "Inactive")];

    public IReadOnlyList<FieldOption> ClinicOptions =>
        [new("", "Any clinic"), .. Clinics.Select(c => new FieldOption(c.Id.ToString(), c.Name))];

    public string ClinicName(Guid? id) => Clinics.FirstOrDefault(c => c.Id == id)?.Name ?? "—";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Clinics = await ClinicChoices.VisibleAsync(db, tenant, ct);
        CanEdit = (await authorization.AuthorizeAsync(User, Permission.EditUsers)).Succeeded;
        var search = new UserSearch(Type, Status, Clinic, Name);
        Errors.AddAll(search.Validate().ToDictionary());
        if (!Errors.Any)
            Users = await search.RunAsync(db, tenant, ct);

        LicenseClinic = ClinicChoices.Current(Clinics, tenant) ?? Clinics.FirstOrDefault();
        if (LicenseClinic is { } clinic)
            Licenses = await LicenseQueries.CountsAsync(db, tenant.CompanyId!.Value, [clinic.Id], ct);
        InactiveHolders = await LicenseQueries.HeldByInactiveAsync(db, Clinics.Select(c => c.Id).ToList(), ct);
    }
}
