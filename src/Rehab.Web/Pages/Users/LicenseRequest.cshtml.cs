using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Core.Licensing;
using Rehab.Data;
using Rehab.Data.Tenancy;
using Rehab.Web.Licensing;
using Rehab.Web.Organization;
using Rehab.Web.Pages.Shared;

namespace Rehab.Web.Pages.Users;

/// <summary>Request License Adjustment: add or remove licenses of a clinic; the account team decides.</summary>
public sealed class LicenseRequestModel(RehabDbContext db, ITenantContext tenant, LicenseRequests requests) : PageModel
{
    public static readonly IReadOnlyList<string> Fields =
        ["clinicId", "direction", "therapistCount", "assistantCount", "studentCount", "reason", "explanation"];

    public static IReadOnlyList<FieldOption> Directions { get; } = [new("Add", "Add licenses"), new("Remove", "Remove licenses")];

    public static IReadOnlyList<FieldOption> Reasons { get; } =
        [new("", "Choose a reason"), .. LicenseRequests.Reasons.Select(r => new FieldOption(r.ToString(), LicenseRequests.ReasonText(r)))];

    [BindProperty] public Guid? ClinicId { get; set; }
    [BindProperty] public string? Direction { get; set; } = "Add";
    [BindProperty] public int TherapistCount { get; set; }
    [BindProperty] public int AssistantCount { get; set; }
    [BindProperty] public int StudentCount { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? Explanation { get; set; }
    [TempData] public string? Notice { get; set; }

    public FormErrors Errors { get; } = new();
    public IReadOnlyList<FieldOption> ClinicOptions { get; private set; } = [];
    public IReadOnlyList<LicenseRequestResponse> Recent { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        ClinicId ??= tenant.CurrentClinicId;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (created, errors) = await requests.SubmitAsync(
            new LicenseRequestInput(ClinicId, Direction, TherapistCount, AssistantCount, StudentCount, Reason, Explanation), ct);
        if (created is null)
        {
            Errors.AddAll(errors.ToDictionary());
            await LoadAsync(ct);
            return Page();
        }
        Notice = "License request sent. The account team confirms it, usually within one business day.";
        return RedirectToPage("LicenseRequest");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var clinics = await ClinicChoices.VisibleAsync(db, tenant, ct);
        ClinicOptions = [new("", "Choose a clinic"), .. clinics.Select(c => new FieldOption(c.Id.ToString(), c.Name))];
        Recent = await requests.ListAsync(systemAdmin: false, status: null, ct);
    }
}
