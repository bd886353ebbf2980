using Microsoft.EntityFrameworkCore;
using Rehab.Core.Common;
using Rehab.Core.Licensing;
using Rehab.Data;
using Rehab.Data.Licensing;
using Rehab.Data.Organization;
using Rehab.Data.Tenancy;
using Rehab.Data.Users;
using Rehab.Web.Users;

namespace Rehab.Web.Licensing;

public sealed record LicenseRequestInput(Guid? ClinicId, string? Direction, int TherapistCount, int AssistantCount, int StudentCount,
    string? Reason, string? Explanation);

public sealed record LicenseRequestDecision(string? Note);

public sealed record LicenseRequestResponse(
    Guid Id, Guid CompanyId, string? CompanyName, Guid ClinicId, string? ClinicName, string Direction, int TherapistCount, int AssistantCount,
    int StudentCount, string Reason, string? Explanation, string Status, string? RequestedBy, DateTimeOffset RequestedAt,
    string? DecidedBy, DateTimeOffset? DecidedAt, string? DecisionNote);

/// <summary>
/// Request License Adjustment: a company's User Manager asks, the vendor's account team (SystemAdmin) decides.
/// The account team reads across companies, so its queries name the request explicitly and ignore the tenant filter.
/// </summary>
public sealed class LicenseRequests(RehabDbContext db, ITenantContext tenant, TimeProvider clock)
{
    public static readonly IReadOnlyList<LicenseAdjustmentReason> Reasons = Enum.GetValues<LicenseAdjustmentReason>();

    public static string ReasonText(LicenseAdjustmentReason reason) => reason switch
    {
        LicenseAdjustmentReason.NewHire => "New hire",
        LicenseAdjustmentReason.SeasonalStaff => "Seasonal or temporary staff",
        LicenseAdjustmentReason.StaffLeft => "Staff left",
        LicenseAdjustmentReason.ClinicOpened => "Clinic opened or grew",
        LicenseAdjustmentReason.ClinicClosed => "Clinic closed or shrank",
        _ => "Other",
    };

    public async Task<(LicenseAdjustmentRequest? Request, ValidationErrors Errors)> SubmitAsync(LicenseRequestInput input, CancellationToken ct)
    {
        LicenseAdjustmentDirection? direction = Enum.TryParse<LicenseAdjustmentDirection>(input.Direction, true, out var d) && Enum.IsDefined(d) ? d : null;
        LicenseAdjustmentReason? reason = Enum.TryParse<LicenseAdjustmentReason>(input.Reason, true, out var r) && Enum.IsDefined(r) ? r : null;
        var errors = LicenseAdjustmentRules.Validate(direction, input.TherapistCount, input.AssistantCount, input.StudentCount, reason, input.Explanation);
        if (!string.IsNullOrWhiteSpace(input.Direction) && direction is null)
            errors.Add("direction", "Direction must be Add or Remove.");
        if (input.ClinicId is not { } clinicId || !await db.Clinics.VisibleTo(tenant).AnyAsync(c => c.Id == clinicId, ct))
            errors.Add("clinicId", "Choose one of your clinics.");
        if (!errors.IsValid)
            return (null, errors);

        var request = new LicenseAdjustmentRequest
        {
            CompanyId = tenant.CompanyId!.Value,
            ClinicId = input.ClinicId!.Value,
            Direction = direction!.Value,
            TherapistCount = input.TherapistCount,
            AssistantCount = input.AssistantCount,
            StudentCount = input.StudentCount,
            Reason = reason!.Value,
            Explanation = string.IsNullOrWhiteSpace(input.Explanation) ? null : input.Explanation.Trim(),
            Status = LicenseAdjustmentStatus.Pending,
            RequestedByUserId = tenant.UserId,
            RequestedByUserName = tenant.UserName,
            RequestedAt = clock.GetUtcNow(),
        };
        db.LicenseAdjustmentRequests.Add(request);
        await db.SaveChangesAsync(ct);
        return (request, errors);
    }

    /// <summary>The company's own requests, or every company's for the account team.</summary>
    public async Task<List<LicenseRequestResponse>> ListAsync(bool systemAdmin, string? status, CancellationToken ct)
    {
        var query = systemAdmin ? db.LicenseAdjustmentRequests.IgnoreQueryFilters() : db.LicenseAdjustmentRequests;
        if (!systemAdmin && tenant.ClinicIds is { } allowed)
            query = query.Where(r => allowed.Contains(r.ClinicId));
        if (Enum.TryParse<LicenseAdjustmentStatus>(status, true, out var s))
            query = query.Where(r => r.Status == s);
        var rows = await query.AsNoTracking().OrderByDescending(r => r.RequestedAt).Take(500).ToListAsync(ct);
        return await ResponsesAsync(rows, ct);
    }

    public async Task<List<LicenseRequestResponse>> ResponsesAsync(IReadOnlyList<LicenseAdjustmentRequest> rows, CancellationToken ct)
    {
        var clinicIds = rows.Select(r => r.ClinicId).Distinct().ToList();
        var companyIds = rows.Select(r => r.CompanyId).Distinct().ToList();
        var clinics = await db.Clinics.IgnoreQueryFilters().Where(c => clinicIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var companies = await db.Companies.IgnoreQueryFilters().Where(c => companyIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        return rows.Select(r => new LicenseRequestResponse(r.Id, r.CompanyId, companies.GetValueOrDefault(r.CompanyId), r.ClinicId,
            clinics.GetValueOrDefault(r.ClinicId), r.Direction.ToString(), r.TherapistCount, r.AssistantCount, r.StudentCount,
            r.Reason.ToString(), r.Explanation, r.Status.ToString(), r.RequestedByUserName, r.RequestedAt, r.DecidedByUserName,
            r.DecidedAt, r.DecisionNote)).ToList();
    }

    /// <summary>The account team approves: purchased counts change; a removal cannot go below what active users hold.</summary>
    public Task<(LicenseAdjustmentRequest? Request, UserRefusal? Refusal)> ApproveAsync(
        Guid id, string? note, CancellationToken ct) =>
        DecideAsync(id, async request =>
        {
            var counts = await LicenseQueries.CountsAsync(db, request.CompanyId, [request.ClinicId], ct);
            var removal = LicenseAdjustmentRules.ValidateRemoval(request, counts);
            if (!removal.IsValid)
                return new UserRefusal(StatusCodes.Status409Conflict, "Removal below licenses in use",
                    string.Join(" ", removal.ToDictionary().SelectMany(e => e.Value))
                    + " Inactivate users first, or reject the request.",
                    new Dictionary<string, object?> { ["errors"] = removal.ToDictionary() });

            var purchased = await db.PurchasedLicenses.IgnoreQueryFilters()
                .Where(l => l.CompanyId == request.CompanyId && l.ClinicId == request.ClinicId).ToListAsync(ct);
            var sign = request.Direction == LicenseAdjustmentDirection.Add ? 1 : -1;
            foreach (var licenseClass in LicenseClasses.Paid.Where(c => request.CountOf(c) > 0))
            {
                var row = purchased.FirstOrDefault(l => l.LicenseClass == licenseClass);
                if (row is null)
                {
                    row = new PurchasedLicense
                    {
                        CompanyId = request.CompanyId, ClinicId = request.ClinicId, LicenseClass = licenseClass,
                    };
                    db.PurchasedLicenses.Add(row);
                }
                row.Count += sign * request.CountOf(licenseClass);
            }
            Decide(request, LicenseAdjustmentStatus.Approved, note);
            return null;
        }, ct);

    public Task<(LicenseAdjustmentRequest? Request, UserRefusal? Refusal)> RejectAsync(
        Guid id, string? note, CancellationToken ct) =>
        DecideAsync(id, request =>
        {
            Decide(request, LicenseAdjustmentStatus.Rejected, note);
            return Task.FromResult<UserRefusal?>(null);
        }, ct);

    /// <summary>
    /// Decides a pending request under its company's roster lock: a request is decided once, and a removal is
    /// checked against the licenses in use while no user of that company can be added or activated.
    /// </summary>
    private async Task<(LicenseAdjustmentRequest? Request, UserRefusal? Refusal)> DecideAsync(
        Guid id, Func<LicenseAdjustmentRequest, Task<UserRefusal?>> decide, CancellationToken ct)
    {
        var companyId = await db.LicenseAdjustmentRequests.IgnoreQueryFilters().Where(r => r.Id == id)
            .Select(r => (Guid?)r.CompanyId).FirstOrDefaultAsync(ct);
        if (companyId is null)
            return (null, NotFound());
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await UserRosterLock.TakeAsync(db, companyId.Value, ct);
            var request = await db.LicenseAdjustmentRequests.IgnoreQueryFilters().SingleAsync(r => r.Id == id, ct);
            if (request.Status != LicenseAdjustmentStatus.Pending)
                return (null, AlreadyDecided(request));
            if (await decide(request) is { } refusal)
                return (null, refusal);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return ((LicenseAdjustmentRequest?)request, (UserRefusal?)null);
        });
    }

    private void Decide(LicenseAdjustmentRequest request, LicenseAdjustmentStatus status, string? note)
    {
        request.Status = status;
        request.DecidedByUserName = tenant.UserName;
        request.DecidedAt = clock.GetUtcNow();
        request.DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim()[..Math.Min(note.Trim().Length, 1000)];
    }

    public static UserRefusal NotFound() =>
        new(StatusCodes.Status404NotFound, "License request not found", "No license request with this id exists that you may see.");

    private static UserRefusal AlreadyDecided(LicenseAdjustmentRequest request) =>
        new(StatusCodes.Status409Conflict, "License request already decided", $"This request was already {request.Status.ToString().ToLowerInvariant()}.");
}
