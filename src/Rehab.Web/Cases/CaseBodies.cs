using System.Text.Json.Serialization;
using Rehab.Core.Cases;

namespace Rehab.Web.Cases;

/// <summary>A payer's authorization of visits between two dates, inclusive.</summary>
public sealed record AuthorizationBody(int? Visits, DateOnly? StartDate, DateOnly? EndDate, string? Number = null)
{
    public static AuthorizationBody? From(AuthorizationDetails? a) => a is null ? null : new(a.Visits, a.StartDate, a.EndDate, a.Number);
}

/// <summary>
/// A new referral recorded with the case: a referring physician or, without one, a marketing source. With an
/// <see cref="Id"/> (as a case read from the API carries it) it names a referral the patient already has, unchanged.
/// </summary>
public sealed record ReferralInput(Guid? ReferringPhysicianId, Guid? MarketingSourceId, DateOnly? ReceivedDate, List<string>? DiagnosisCodes = null)
{
    public Guid? Id { get; init; }
}

/// <summary>
/// A case as a clinician opens or changes it. A change must carry the <see cref="Version"/> it read; a stale one is
/// refused with 409 so that nobody's changes are overwritten.
/// </summary>
public sealed record CaseInput
{
    /// <summary>The treating clinic, one of yours; the patient's clinic when left out. A case stays at its clinic.</summary>
    public Guid? ClinicId { get; init; }
    public string? Title { get; init; }
    public Guid? PrimaryPolicyId { get; init; }
    public Guid? SecondaryPolicyId { get; init; }
    /// <summary>Left out: the clinic's default place of service.</summary>
    public string? PlaceOfService { get; init; }
    /// <summary>Left out: on a new case you, when you are a PT, OT or SLP; on a change, the therapist assigned now.</summary>
    public Guid? AssignedTherapistId { get; init; }
    public List<string>? TreatingDiagnosisCodes { get; init; }
    public AuthorizationBody? Authorization { get; init; }
    /// <summary>One of the patient's recorded referrals; or send <see cref="Referral"/> to record a new one.</summary>
    public Guid? ReferralId { get; init; }
    public ReferralInput? Referral { get; init; }
    public Guid? Version { get; init; }
}

public sealed record ReferralResponse(
    Guid Id, Guid? ReferringPhysicianId, string? ReferringPhysicianName, string? ReferringPhysicianNpi,
    Guid? MarketingSourceId, string? MarketingSourceName, DateOnly ReceivedDate, IReadOnlyList<string> DiagnosisCodes)
{
    public static ReferralResponse? From(ReferralView? r) => r is null ? null : new(
        r.Id, r.ReferringPhysicianId, r.ReferringPhysicianName, r.ReferringPhysicianNpi, r.MarketingSourceId, r.MarketingSourceName,
        r.ReceivedDate, r.DiagnosisCodes);
}

/// <param name="ProgressNoteDue">A Medicare case whose next visit needs a progress note.</param>
public sealed record VisitCountersResponse(
    int Visits, int VisitsSinceEvaluation, int? AuthorizedVisits, int? AuthorizedVisitsUsed, int? AuthorizedVisitsRemaining, bool ProgressNoteDue);

public sealed record CaseResponse(
    Guid Id, Guid PatientId, Guid ClinicId, string ClinicName, string Title, Guid PrimaryPolicyId, Guid? SecondaryPolicyId,
    string PlaceOfService, Guid AssignedTherapistId, string AssignedTherapistName, IReadOnlyList<string> TreatingDiagnosisCodes,
    AuthorizationBody? Authorization, ReferralResponse? Referral,
    [property: JsonConverter(typeof(JsonStringEnumConverter<CaseStatus>))] CaseStatus Status,
    DateTimeOffset CreatedAt, DateTimeOffset? DischargedAt, Guid Version, VisitCountersResponse VisitCounters)
{
    public static CaseResponse From(CaseRecord r)
    {
        var c = r.Case;
        var n = r.Counters;
        return new(c.Id, c.PatientId, c.ClinicId, r.ClinicName, c.Title, c.PrimaryPolicyId, c.SecondaryPolicyId, c.PlaceOfService,
            c.AssignedTherapistId, r.TherapistName, Data.Codes.Split(c.TreatingDiagnoses), AuthorizationBody.From(c.Authorization),
            ReferralResponse.From(r.Referral), c.Status, c.CreatedAt, c.DischargedAt, c.Version,
            new VisitCountersResponse(n.Visits, n.VisitsSinceEvaluation, n.AuthorizedVisits, n.AuthorizedVisitsUsed, n.AuthorizedVisitsRemaining,
                r.ProgressNoteDue));
    }
}
