using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Web.Licensing;

namespace Rehab.Web.Pages.SystemAdmin;

/// <summary>The account team's queue: pending license requests of every company, approved or rejected here.</summary>
public sealed class LicenseRequestsModel(LicenseRequests requests) : PageModel
{
    public IReadOnlyList<LicenseRequestResponse> Pending { get; private set; } = [];
    [TempData] public string? Notice { get; set; }
    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) =>
        Pending = await requests.ListAsync(systemAdmin: true, status: "Pending", ct);

    public async Task<IActionResult> OnPostApproveAsync(Guid id, string? note, CancellationToken ct) =>
        await DecideAsync(await requests.ApproveAsync(id, note, ct), "approved", ct);

    public async Task<IActionResult> OnPostRejectAsync(Guid id, string? note, CancellationToken ct) =>
        await DecideAsync(await requests.RejectAsync(id, note, ct), "rejected", ct);

    private async Task<IActionResult> DecideAsync((Core.Licensing.LicenseAdjustmentRequest? Request, Web.Users.UserRefusal? Refusal) result, string verb, CancellationToken ct)
    {
        if (result.Refusal is { } refusal)
        {
            Problem = $"{refusal.Title}: {refusal.Detail}";
            await OnGetAsync(ct);
            return Page();
        }
        Notice = $"Request {verb}.";
        return RedirectToPage();
    }
}
