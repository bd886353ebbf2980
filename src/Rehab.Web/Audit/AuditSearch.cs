using Microsoft.EntityFrameworkCore;
using Rehab.Core.Audit;
using Rehab.Data;

namespace Rehab.Web.Audit;

/// <summary>A filter over the company's audit log, shared by the audit page and the API.</summary>
public sealed record AuditSearch(
    string? User = null,
    Guid? Patient = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Action = null,
    string? Sort = null,
    int Page = 1)
{
    public const int PageSize = 50;
    public static readonly IReadOnlyList<string> SortKeys = ["time", "-time", "user", "-user", "action", "-action"];

    public async Task<AuditPage> RunAsync(RehabDbContext db, CancellationToken ct)
    {
        var q = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(User))
            q = q.Where(a => a.UserName == User.Trim());
        if (Patient is { } patient)
        {
            var listed = patient.ToString();
            q = q.Where(a => a.PatientId == patient || a.PatientIds != null && a.PatientIds.Contains(listed));
        }
        if (From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            q = q.Where(a => a.OccurredAt >= start);
        }
        if (To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            q = q.Where(a => a.OccurredAt < end);
        }
        if (!string.IsNullOrWhiteSpace(Action))
            q = q.Where(a => a.Action == Action);

        q = Sort switch
        {
            "time" => q.OrderBy(a => a.Id),
            "user" => q.OrderBy(a => a.UserName == null).ThenBy(a => a.UserName).ThenByDescending(a => a.Id),
            "-user" => q.OrderBy(a => a.UserName == null).ThenByDescending(a => a.UserName).ThenByDescending(a => a.Id),
            "action" => q.OrderBy(a => a.Action).ThenByDescending(a => a.Id),
            "-action" => q.OrderByDescending(a => a.Action).ThenByDescending(a => a.Id),
            _ => q.OrderByDescending(a => a.Id),
        };
        var page = Math.Max(1, Page);
        var rows = await q.Skip((page - 1) * PageSize).Take(PageSize + 1).ToListAsync(ct);
        return new AuditPage(rows.Take(PageSize).ToList(), page, rows.Count > PageSize);
    }

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (From is { } f && To is { } t && t < f)
            errors["to"] = ["The end date must be on or after the start date."];
        if (!string.IsNullOrEmpty(Action) && !AuditAction.All.Contains(Action))
            errors["action"] = [$"Action must be one of: {string.Join(", ", AuditAction.All)}."];
        if (!string.IsNullOrEmpty(Sort) && !SortKeys.Contains(Sort))
            errors["sort"] = [$"Sort must be one of: {string.Join(", ", SortKeys)}."];
        if (Page < 1)
            errors["page"] = ["Page must be 1 or more."];
        return errors;
    }
}

public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, int Page, bool HasMore);
