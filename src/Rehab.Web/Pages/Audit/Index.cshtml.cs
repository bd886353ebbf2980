using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Audit;
using Rehab.Data;
using Rehab.Web.Audit;
using Rehab.Web.Pages.Shared;

namespace Rehab.Web.Pages.Audit;

/// <summary>The company administrator searches the audit log: who did or saw what, when, from where.</summary>
[AuditsReads("AuditLog")]
public sealed class IndexModel(RehabDbContext db) : PageModel
{
    public static readonly IReadOnlyList<string> Fields = ["user", "patient", "from", "to", "action"];

    public static readonly IReadOnlyList<FieldOption> Actions =
        [new("", "Any action"), .. AuditAction.All.Select(a => new FieldOption(a, a))];

    public string? UserFilter { get; private set; }
    public string? Patient { get; private set; }
    public string? From { get; private set; }
    public string? To { get; private set; }
    public string? ActionFilter { get; private set; }
    public string? Sort { get; private set; }
    public FormErrors Errors { get; } = new();
    public AuditPage? Results { get; private set; }
    public IReadOnlyDictionary<Guid, string> ClinicNameById { get; private set; } = new Dictionary<Guid, string>();

    // The query is read by hand: "page" is also Razor Pages' own route value, and bad input gets plain words.
    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = Request.Query;
        UserFilter = Text(query["user"]);
        Patient = Text(query["patient"]);
        From = Text(query["from"]);
        To = Text(query["to"]);
        ActionFilter = Text(query["action"]);
        Sort = Text(query["sort"]);

        Guid? patient = null;
        if (Patient is not null)
        {
            if (Guid.TryParse(Patient, out var id)) patient = id;
            else Errors.Add("patient", "Patient id must be the patient's record id, such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301.");
        }
        var from = Date("from", From);
        var to = Date("to", To);
        var page = 1;
        if (Text(query["page"]) is { } pageText && !int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page))
        {
            Errors.Add("page", "Page must be a whole number, 1 or more.");
            page = 1;
        }
        if (UserFilter is { Length: > 256 })
            Errors.Add("user", "Username must be at most 256 characters.");

        var search = new AuditSearch(UserFilter, patient, from, to, ActionFilter, Sort, page);
        var rejected = search.Validate();
        Errors.AddAll(rejected);
        if (rejected.ContainsKey("sort"))
            Sort = null;
        if (Errors.Any)
            return;

        Results = await search.RunAsync(db, ct);
        var clinicIds = Results.Entries.Select(e => e.ClinicId).OfType<Guid>().Distinct().ToList();
        ClinicNameById = await db.Clinics.AsNoTracking().Where(c => clinicIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
    }

    /// <summary>The sort a column header link asks for: the column's ascending order, or descending when it is already ascending.</summary>
    public string SortFor(string column) => CurrentSort == column ? "-" + column : column;

    public string? AriaSort(string column) =>
        CurrentSort == column ? "ascending" : CurrentSort == "-" + column ? "descending" : null;

    /// <summary>Newest first unless the user chose otherwise.</summary>
    public string CurrentSort => Sort ?? "-time";

    public string Link(string? sort = null, int page = 1) => "/Audit" + QueryString.Create(new Dictionary<string, string?>
    {
        ["user"] = UserFilter, ["patient"] = Patient, ["from"] = From, ["to"] = To, ["action"] = ActionFilter,
        ["sort"] = sort ?? Sort, ["page"] = page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null,
    }.Where(p => p.Value is not null));

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
