using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Data;
using Rehab.Data.Tenancy;
using Rehab.Web.Organization;
using Rehab.Web.Outcomes;

namespace Rehab.Web.Pages.Surveys;

/// <summary>
/// Patient satisfaction: the Net Promoter Score of each clinic the user may access, from the recommend answers of
/// surveys on its notes in a period (this calendar year to date unless chosen).
/// </summary>
public sealed class SatisfactionModel(RehabDbContext db, ITenantContext tenant, TimeProvider clock) : PageModel
{
    [FromQuery] public DateOnly? From { get; set; }
    [FromQuery] public DateOnly? To { get; set; }

    public IReadOnlyList<NpsResponse> Clinics { get; private set; } = [];
    public IReadOnlyList<KeyValuePair<string, string[]>> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var clinics = await ClinicChoices.VisibleAsync(db, tenant, ct);
        if (From is null && To is null && clinics.Count > 0)
        {
            var today = await ClinicDates.TodayAsync(db, clinics[0].Id, clock, ct);
            (From, To) = (new DateOnly(today.Year, 1, 1), today);
        }
        var nps = await Outcomes.Surveys.NpsOfClinicsAsync([.. clinics.Where(c => c.IsActive).Select(c => (c.Id, c.Name))], From, To, db, tenant, ct);
        if (!nps.Succeeded)
        {
            Errors = [.. nps.Messages];
            Response.StatusCode = nps.Status;
            return Page();
        }
        Clinics = nps.Value!;
        return Page();
    }
}
