using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Core.Organization;
using Rehab.Data;
using Rehab.Web.Organization;
using Rehab.Web.Pages.Shared;

namespace Rehab.Web.Pages.Organization.Clinics;

/// <summary>What adding a clinic and changing one share: the fields, their choices, and the checks before saving.</summary>
public abstract class ClinicFormPage(RehabDbContext db) : PageModel
{
    public static readonly IReadOnlyList<string> Fields =
        ["name", "addressLine1", "addressLine2", "city", "state", "postalCode", "phone", "npi", "taxId", "timeZone", "isActive"];

    public static readonly IReadOnlyList<FieldOption> States =
        [new("", "Choose a state"), .. UsState.Codes.Order(StringComparer.Ordinal).Select(s => new FieldOption(s, s))];

    protected RehabDbContext Db { get; } = db;

    [BindProperty] public ClinicDetails Input { get; set; } = new(null, null, null, null, null, null, null, null, null, null);
    public FormErrors Errors { get; } = new();

    public abstract string SubmitText { get; }

    /// <summary>The common US zones, and the clinic's own zone when it is another.</summary>
    public IReadOnlyList<FieldOption> TimeZones
    {
        get
        {
            var zones = ClinicTimeZone.Common.ToList();
            if (!string.IsNullOrWhiteSpace(Input.TimeZone) && !zones.Contains(Input.TimeZone.Trim(), StringComparer.OrdinalIgnoreCase))
                zones.Add(Input.TimeZone.Trim());
            return [new("", "Choose a time zone"), .. zones.Select(z => new FieldOption(z, TimeZoneText(z)))];
        }
    }

    protected async Task<bool> ValidateAsync(Guid? clinicId, CancellationToken ct)
    {
        foreach (var (field, messages) in Input.Validate().ToDictionary())
            foreach (var message in messages)
                Errors.Add(field, ChoiceMessage(field) ?? message);
        if (!string.IsNullOrWhiteSpace(Input.Name) && await ClinicNames.IsTakenAsync(Db, Input.Name, clinicId, ct))
            Errors.Add("name", ClinicNames.TakenMessage);
        return !Errors.Any;
    }

    // State and time zone are picked from a list, so an empty one was not chosen rather than mistyped.
    private string? ChoiceMessage(string field) => field switch
    {
        "state" when string.IsNullOrWhiteSpace(Input.State) => "Choose the clinic's state.",
        "timeZone" when string.IsNullOrWhiteSpace(Input.TimeZone) => "Choose the clinic's time zone.",
        _ => null,
    };

    private static string TimeZoneText(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? $"{id.Replace('_', ' ')} — {zone.StandardName}" : id;
}
