using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Core.Patients;
using Rehab.Web.Pages.Shared;
using Rehab.Web.Patients;

namespace Rehab.Web.Pages.Patients;

/// <summary>
/// Break the glass: a clinician names a patient of another clinic exactly, says why, and opens the chart.
/// </summary>
public sealed class BreakTheGlassModel(BreakTheGlass breakTheGlass) : PageModel
{
    public static readonly IReadOnlyList<string> Fields =
        ["medicalRecordNumber", "lastName", "dateOfBirth", "category", "reason"];

    public static readonly IReadOnlyList<FieldOption> Categories =
        [new("", "Choose a reason"), .. Enum.GetValues<EmergencyReason>()
            .Select(r => new FieldOption(r.ToString(), EmergencyAccess.Describe(r)))];

    [BindProperty] public string? MedicalRecordNumber { get; set; }
    [BindProperty] public string? LastName { get; set; }
    [BindProperty] public string? DateOfBirth { get; set; }
    [BindProperty] public string? Category { get; set; }
    [BindProperty] public string? Reason { get; set; }
    public FormErrors Errors { get; } = new();
    /// <summary>Why this user may not break the glass; null when they may.</summary>
    public string? Refusal { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Refusal = await breakTheGlass.WhyNotAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        DateOnly? born = null;
        if (!string.IsNullOrWhiteSpace(DateOfBirth))
        {
            if (DateOnly.TryParseExact(DateOfBirth.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture,
                    DateTimeStyles.None, out var parsed))
                born = parsed;
            else
                Errors.Add("dateOfBirth", "Date of birth must be a date such as 1956-04-02.");
        }
        EmergencyReason? category = Enum.TryParse<EmergencyReason>(Category, out var c) ? c : null;
        if (Errors.Any)
            return Page();

        var result = await breakTheGlass.GrantAsync(
            new EmergencyAccessRequest(MedicalRecordNumber, LastName, born, category, Reason), ct);
        if (result.Refusal?.Status == StatusCodes.Status403Forbidden)
            return Forbid();
        if (result.Saved is { } grant)
            return Redirect($"/Patients/{grant.PatientId}");
        Errors.AddAll(result.FieldErrors);
        return Page();
    }
}
