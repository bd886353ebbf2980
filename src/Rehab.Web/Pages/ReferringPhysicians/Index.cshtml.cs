using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Core.Referrals;
using Rehab.Core.Users;
using Rehab.Data.Referrals;
using Rehab.Web.Pages.Shared;
using Rehab.Web.Referrals;

namespace Rehab.Web.Pages.ReferringPhysicians;

/// <summary>The company's referring physicians and marketing sources; the front office adds to both lists here.</summary>
public sealed class IndexModel(ReferralSources sources, IAuthorizationService authorization) : PageModel
{
    public static readonly IReadOnlyList<string> PhysicianFields = ["firstName", "lastName", "npi", "phone", "fax"];
    public static readonly IReadOnlyList<string> SourceFields = ["name"];

    [BindProperty] public ReferringPhysicianDetails Physician { get; set; } = new(null, null, null);
    [BindProperty] public MarketingSourceDetails Source { get; set; } = new(null);
    [TempData] public string? Notice { get; set; }
    public FormErrors PhysicianErrors { get; } = new();
    public FormErrors SourceErrors { get; } = new();
    public IReadOnlyList<ReferringPhysician> Physicians { get; private set; } = [];
    public IReadOnlyList<MarketingSource> Sources { get; private set; } = [];
    public bool CanEdit { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostPhysicianAsync(CancellationToken ct)
    {
        if (!await CanEditAsync())
            return Forbid();
        var result = await sources.AddPhysicianAsync(Physician, ct);
        if (result.Saved is { } p)
        {
            Notice = $"{p.FirstName} {p.LastName} added.";
            return RedirectToPage();
        }
        PhysicianErrors.AddAll(result.FieldErrors);
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostSourceAsync(CancellationToken ct)
    {
        if (!await CanEditAsync())
            return Forbid();
        var result = await sources.AddMarketingSourceAsync(Source, ct);
        if (result.Saved is { } m)
        {
            Notice = $"{m.Name} added.";
            return RedirectToPage();
        }
        SourceErrors.AddAll(result.FieldErrors);
        await LoadAsync(ct);
        return Page();
    }

    private async Task<bool> CanEditAsync() => (await authorization.AuthorizeAsync(User, Permission.EditPatients)).Succeeded;

    private async Task LoadAsync(CancellationToken ct)
    {
        CanEdit = await CanEditAsync();
        Physicians = await sources.PhysiciansAsync(ct);
        Sources = await sources.MarketingSourcesAsync(ct);
    }
}
