using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Core.Settings;
using Rehab.Data;
using Rehab.Web.Pages.Shared;
using Rehab.Web.Settings;

namespace Rehab.Web.Pages.Settings;

/// <summary>Settings that will cause denials or surprises, and the clinics side by side against a reference clinic or the majority.</summary>
public sealed class ReviewModel(RehabDbContext db) : PageModel
{
    /// <summary>The reference value that compares clinics with the majority even when the company marked a reference clinic.</summary>
    public const string Majority = "majority";

    /// <summary>A clinic id, <see cref="Majority"/>, or nothing for the company's marked reference.</summary>
    [BindProperty(SupportsGet = true)] public string? Reference { get; set; }
    public SettingsReviewResponse Review { get; private set; } = null!;
    public IReadOnlyList<FieldOption> References { get; private set; } = [];
    public string? ReferenceError { get; private set; }

    public IReadOnlyList<(FindingSeverity Severity, string Heading, IReadOnlyList<FindingResponse> Findings)> Groups =>
    [
        .. new[] { (FindingSeverity.Error, "Errors"), (FindingSeverity.Warning, "Warnings"), (FindingSeverity.Info, "For information") }
            .Select(g => (g.Item1, g.Item2, (IReadOnlyList<FindingResponse>)Review.Findings.Where(f => f.Severity == g.Item1.ToString()).ToList())),
    ];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Guid? referenceId = null;
        if (Guid.TryParse(Reference, out var id) && await SettingsStore.IsActiveClinicAsync(db, id, ct))
            referenceId = id;
        else if (!string.IsNullOrWhiteSpace(Reference) && Reference != Majority)
            ReferenceError = "That clinic is not one of the company's active clinics; the clinics are compared with the company's default instead.";
        Review = await SettingsReview.RunAsync(db, referenceId, Reference == Majority, ct);
        References = [new(Majority, "The majority of clinics"), .. Review.Clinics.Select(c => new FieldOption(c.Id.ToString(), c.Name))];
    }

    /// <summary>The select's current choice: the clinic compared with, or the majority.</summary>
    public string Selected => Review.ReferenceClinicId?.ToString() ?? Majority;
}
