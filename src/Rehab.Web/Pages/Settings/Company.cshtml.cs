using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rehab.Data;
using Rehab.Data.Audit;
using Rehab.Data.Settings;
using Rehab.Data.Tenancy;
using Rehab.Web.Pages.Shared;
using Rehab.Web.Settings;

namespace Rehab.Web.Pages.Settings;

/// <summary>One row of the additional modifiers table; a row left blank or marked for removal is dropped.</summary>
public sealed class ModifierRow
{
    public string? Code { get; set; }
    public string? Description { get; set; }
    public bool Remove { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Code) && string.IsNullOrWhiteSpace(Description);
}

/// <summary>The company administrator's settings for every clinic, through the same validation and storage as the API.</summary>
public sealed class CompanyModel(RehabDbContext db, ITenantContext tenant) : PageModel
{
    /// <summary>Blank rows offered below the list for adding modifiers.</summary>
    public const int BlankRows = 3;

    private static readonly Dictionary<string, string> Unreadable = new(StringComparer.Ordinal)
    {
        ["planOfCareAlertDays"] = "Plan-of-care alert days is a whole number of days between 0 and 365.",
        ["payerRules"] = "Choose whether to defer to the primary payer or to the 8-Minute Rule.",
        ["referenceClinicId"] = "Choose the reference clinic from the list.",
        ["mfaRequirement"] = "Choose who must sign in with multi-factor authentication.",
    };

    [BindProperty] public CompanySettingsBody Input { get; set; } = new();
    [BindProperty] public List<ModifierRow> Modifiers { get; set; } = [];
    public FormErrors Errors { get; } = new();
    [TempData] public string? Notice { get; set; }
    public IReadOnlyList<FieldOption> ReferenceClinics { get; private set; } = [];
    public IReadOnlyList<SettingsRevision> History { get; private set; } = [];

    public IReadOnlyList<string> Fields =>
    [
        "payerRules", "additionalModifiers",
        .. Modifiers.SelectMany((_, i) => new[] { $"additionalModifiers[{i}].code", $"additionalModifiers[{i}].description" }),
        "initialExamCaseCopy", "evaluationComplexityCoding", "planOfCareAlertDays", "referenceClinicId",
        "mfaRequirement",
    ];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input = CompanySettingsBody.From(await SettingsStore.CompanyAsync(db, ct));
        Modifiers = [.. Input.AdditionalModifiers!.Select(m => new ModifierRow { Code = m.Code, Description = m.Description })];
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Errors.AddUnreadable(ModelState, nameof(Input), Unreadable);
        Modifiers = [.. Modifiers.Where(r => !r.Remove && !r.IsBlank)];
        Input = Input with { AdditionalModifiers = [.. Modifiers.Select(r => new AdditionalModifierBody(r.Code, r.Description))] };
        if (!Errors.Any)
        {
            var saved = await SettingsStore.SaveCompanyAsync(db, tenant, Input, ct);
            if (saved.Errors is null)
            {
                Notice = "Company settings saved.";
                return RedirectToPage();
            }
            Errors.AddAll(saved.Errors);
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Modifiers.AddRange(Enumerable.Range(0, BlankRows).Select(_ => new ModifierRow()));
        var clinics = await db.Clinics.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(ct);
        ReferenceClinics = [new("", "The majority of clinics"), .. clinics.Select(c => new FieldOption(c.Id.ToString(), c.Name))];
        History = await SettingsHistory.OfAsync<CompanySettingsRow>(db, tenant.CompanyId!.Value, ct);
    }
}
