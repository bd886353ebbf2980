using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Settings;
using Rehab.Data;
using Rehab.Data.Audit;
using Rehab.Data.Payers;
using Rehab.Data.Tenancy;
using Rehab.Web.Pages.Shared;
using Rehab.Web.Payers;
using Rehab.Web.Settings;

namespace Rehab.Web.Pages.Settings.Payers;

/// <summary>
/// Add a payer or change one and its billing settings, through the same validation and storage as the API.
/// </summary>
public sealed class EditModel(RehabDbContext db, ITenantContext tenant) : PageModel
{
    public static readonly IReadOnlyList<string> Fields =
    [
        "name", "payerId", "addressLine", "city", "state", "postalCode", "phone", "isActive", "type", "unitRule", "requireMinutesPerCode",
        "appliesTherapyModifiers", "appliesAssistantModifiers", "appliesCciEdits", "enabledAdditionalModifiers",
        "allowAssistantFinalization", "requireOutcomeSurvey",
        "visitsPerYearLimit", "authorizationRequired",
    ];

    private static readonly Dictionary<string, string> Unreadable = new(StringComparer.Ordinal)
    {
        ["visitsPerYearLimit"] = "Visits per year is a whole number, such as 20, or empty for no limit.",
        ["type"] = "Choose an insurance type from the list.",
        ["unitRule"] = "Choose the 8-Minute Rule or the Rule of 8s.",
    };

    public static IReadOnlyList<FieldOption> Types { get; } =
        [.. Enum.GetValues<InsuranceType>().Select(t => new FieldOption(t.ToString(), t.DisplayName()))];

    [BindProperty] public PayerRequest Input { get; set; } = new();
    public FormErrors Errors { get; } = new();
    [TempData] public string? Notice { get; set; }
    public Guid? PayerId { get; private set; }
    public string Heading { get; private set; } = "Add payer";
    public IReadOnlyList<AdditionalModifier> CompanyModifiers { get; private set; } = [];
    public IReadOnlyList<SettingsRevision> History { get; private set; } = [];

    /// <summary>
    /// The company's modifiers, then any the payer enables that the company does not define (shown so they can be
    /// turned off).
    /// </summary>
    public IReadOnlyList<AdditionalModifier> ModifierChoices =>
    [
        .. CompanyModifiers,
        .. (Input.EnabledAdditionalModifiers ?? []).Where(c => !string.IsNullOrWhiteSpace(c))
            .Where(c => !CompanyModifiers.Any(m => string.Equals(m.Code, c.Trim(), StringComparison.OrdinalIgnoreCase)))
            .Select(c => new AdditionalModifier(c.Trim().ToUpperInvariant(), "Not defined by the company: never offered to users")),
    ];

    public bool Enables(string code) =>
        (Input.EnabledAdditionalModifiers ?? []).Any(c => string.Equals(c?.Trim(), code, StringComparison.OrdinalIgnoreCase));

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        if (id is not null)
            Input = PayerRequest.From(await db.Payers.AsNoTracking().SingleAsync(p => p.Id == id, ct));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        Errors.AddUnreadable(ModelState, nameof(Input), Unreadable);
        if (Errors.Any)
            return Page();
        var saved = await SettingsStore.SavePayerAsync(db, tenant, id, Input, ct);
        if (saved.NotFound is not null)
            return NotFound();
        if (saved.Errors is { } errors)
        {
            Errors.AddAll(errors);
            return Page();
        }
        Notice = $"Payer {saved.Value!.Name} saved.";
        return RedirectToPage("Edit", new { id = saved.Value.Id });
    }

    /// <summary>
    /// The company's modifiers and, for an existing payer, its stored name and history; false when there is no such
    /// payer.
    /// </summary>
    private async Task<bool> LoadAsync(Guid? id, CancellationToken ct)
    {
        PayerId = id;
        if (id is { } payerId)
        {
            var name = await db.Payers.AsNoTracking().Where(p => p.Id == payerId).Select(p => p.Name).FirstOrDefaultAsync(ct);
            if (name is null)
                return false;
            Heading = "Edit " + name;
            History = await SettingsHistory.OfAsync<Payer>(db, payerId, ct);
        }
        CompanyModifiers = (await SettingsStore.CompanyAsync(db, ct)).AdditionalModifiers;
        return true;
    }
}
