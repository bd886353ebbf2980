using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Data;
using Rehab.Data.Tenancy;
using Rehab.Web.Audit;
using Rehab.Web.Documentation;

namespace Rehab.Web.Pages.Notes;

/// <summary>Incomplete co-sign documents: the notes forwarded to the signed-in therapist, oldest first.</summary>
[AuditsReads("Note")]
public sealed class CosignModel(RehabDbContext db, ITenantContext tenant) : PageModel
{
    public IReadOnlyList<CoSignItem> Notes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Notes = await NoteQueries.CoSignInboxAsync(HttpContext, db, tenant, ct);
}
