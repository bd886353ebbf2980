using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Audit;
using Rehab.Core.Common;
using Rehab.Core.Patients;
using Rehab.Core.Users;
using Rehab.Data;

namespace Rehab.Web.Audit;

/// <summary>One read made under an emergency access, as its audit entry recorded it.</summary>
public sealed record EmergencyRead(DateTimeOffset OccurredAt, string EntityType, string? EntityId);

/// <summary>A break of the glass for review: who, which patient, when, why, and every read it was used for.</summary>
public sealed record EmergencyAccessEvent(
    Guid Id, Guid UserId, string UserName, Guid PatientId, string PatientName, string MedicalRecordNumber,
    [property: JsonConverter(typeof(JsonStringEnumConverter<EmergencyReason>))] EmergencyReason Category,
    string Reason, DateTimeOffset GrantedAt, DateTimeOffset ExpiresAt, IReadOnlyList<EmergencyRead> Reads);

/// <summary>
/// The company's break-the-glass events over a bounded range of UTC dates, newest first, for the administrators who
/// review them (ONC 170.315(d)(6)). Shared by the audit area's page and the API.
/// </summary>
public sealed record EmergencyAccessReview(DateOnly? From = null, DateOnly? To = null)
{
    public const int MaxDays = 366;
    public const int DefaultDays = 30;
    public const int Limit = 500;

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/audit/emergency-access", ListAsync).RequireAuthorization(Permission.ViewAuditLog)
            .WithMetadata(new AuditsReadsAttribute("EmergencyAccessGrant")).WithTags("Audit")
            .WithSummary("Break-the-glass events to review")
            .WithDescription($"from/to: UTC dates, inclusive; the last {DefaultDays} days when not given, at most "
                             + $"{MaxDays} days. Each event lists the reads made under it. At most {Limit} events.");

    private static async Task<Results<Ok<List<EmergencyAccessEvent>>, ValidationProblem>> ListAsync(
        DateOnly? from, DateOnly? to, HttpContext http, RehabDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var review = new EmergencyAccessReview(from, to);
        var errors = review.Validate();
        if (!errors.IsValid)
            return TypedResults.ValidationProblem(errors.ToDictionary());
        var events = await review.RunAsync(db, clock, ct);
        http.AuditPatients(events.Select(e => e.PatientId));
        return TypedResults.Ok(events);
    }

    public ValidationErrors Validate()
    {
        var errors = new ValidationErrors();
        if (From is { } f && To is { } t)
        {
            if (t < f)
                errors.Add("to", "The end date must be on or after the start date.");
            else if (t.DayNumber - f.DayNumber >= MaxDays)
                errors.Add("from", $"Review at most {MaxDays} days at a time.");
        }
        return errors;
    }

    public async Task<List<EmergencyAccessEvent>> RunAsync(RehabDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var to = To ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var from = From ?? to.AddDays(-DefaultDays);
        var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

        var grants = await db.EmergencyAccessGrants.AsNoTracking()
            .Where(g => g.GrantedAt >= start && g.GrantedAt < end)
            .Join(db.Patients, g => g.PatientId, p => p.Id, (g, p) => new
            {
                Grant = g, Patient = p.FirstName + " " + p.LastName, p.MedicalRecordNumber,
            })
            .OrderByDescending(r => r.Grant.GrantedAt).Take(Limit).ToListAsync(ct);
        if (grants.Count == 0)
            return [];

        var users = grants.Select(g => g.Grant.UserId).Distinct().ToList();
        var readsFrom = grants.Min(g => g.Grant.GrantedAt);
        var readsTo = grants.Max(g => g.Grant.ExpiresAt);
        var reads = await db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == AuditAction.Read && a.UserId != null && users.Contains(a.UserId.Value)
                        && a.OccurredAt >= readsFrom && a.OccurredAt <= readsTo
                        && a.Details != null && a.Details.StartsWith("Emergency access "))
            .OrderBy(a => a.Id)
            .Select(a => new { a.OccurredAt, a.EntityType, a.EntityId, a.Details })
            .ToListAsync(ct);

        return grants.Select(r => new EmergencyAccessEvent(
            r.Grant.Id, r.Grant.UserId, r.Grant.UserName, r.Grant.PatientId, r.Patient, r.MedicalRecordNumber,
            r.Grant.Category, r.Grant.Reason, r.Grant.GrantedAt, r.Grant.ExpiresAt,
            reads.Where(a => a.Details!.Contains(r.Grant.Id.ToString(), StringComparison.Ordinal))
                .Select(a => new EmergencyRead(a.OccurredAt, a.EntityType, a.EntityId)).ToList())).ToList();
    }
}
