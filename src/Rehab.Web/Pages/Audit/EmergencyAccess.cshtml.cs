using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Data;
using Rehab.Web.Audit;
using Rehab.Web.Pages.Shared;

namespace Rehab.Web.Pages.Audit;

/// <summary>The company's administrators review every break of the glass and what was read under it.</summary>
[AuditsReads("EmergencyAccessGrant")]
public sealed class EmergencyAccessModel(RehabDbContext db, TimeProvider clock) : PageModel
{
    public static readonly IReadOnlyList<string> Fields = ["from", "to"];

    public string? From { get; private set; }
    public string? To { get; private set; }
    public FormErrors Errors { get; } = new();
    public IReadOnlyList<EmergencyAccessEvent> Events { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        From = Text(Request.Query["from"]);
        To = Text(Request.Query["to"]);
        var review = new EmergencyAccessReview(Date("from", From), Date("to", To));
        Errors.AddAll(review.Validate().ToDictionary());
        if (Errors.Any)
            return;
        Events = await review.RunAsync(db, clock, ct);
        HttpContext.AuditPatients(Events.Select(e => e.PatientId));
    }

    private DateOnly? Date(string field, string? text)
    {
        if (text is null)
            return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        Errors.Add(field, "Enter the date as YYYY-MM-DD, such as 2026-11-26.");
        return null;
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
