using Rehab.Core.Cases;
using Rehab.Core.Common;

namespace Rehab.Data.Cases;

/// <summary>An episode of care: a patient treated at a clinic under a primary (and maybe secondary) policy.</summary>
public sealed class Case : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CompanyId { get; set; }
    /// <summary>The treating clinic; users see the case when they may access it.</summary>
    public Guid ClinicId { get; set; }
    public Guid PatientId { get; set; }
    public required string Title { get; set; }
    public Guid PrimaryPolicyId { get; set; }
    public Guid? SecondaryPolicyId { get; set; }
    public required string PlaceOfService { get; set; }
    public Guid? ReferralId { get; set; }
    public Guid AssignedTherapistId { get; set; }
    /// <summary>ICD-10-CM codes, dotted, comma-separated, primary first.</summary>
    public string TreatingDiagnoses { get; set; } = "";
    public int? AuthorizedVisits { get; set; }
    public DateOnly? AuthorizationStart { get; set; }
    public DateOnly? AuthorizationEnd { get; set; }
    public string? AuthorizationNumber { get; set; }
    public CaseStatus Status { get; set; } = CaseStatus.Active;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DischargedAt { get; set; }
    /// <summary>Changes on every save; a save that read an older version is refused (optimistic concurrency).</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public AuthorizationDetails? Authorization =>
        AuthorizedVisits is { } visits && AuthorizationStart is { } start && AuthorizationEnd is { } end
            ? new AuthorizationDetails(visits, start, end, AuthorizationNumber)
            : null;

    public CaseDetails ToDetails() => new(Title, PrimaryPolicyId, AssignedTherapistId)
    {
        SecondaryPolicyId = SecondaryPolicyId, PlaceOfService = PlaceOfService, ReferralId = ReferralId,
        TreatingDiagnosisCodes = Codes.Split(TreatingDiagnoses), Authorization = Authorization,
    };

    /// <summary>Copies validated details; <paramref name="placeOfService"/> is the one in force (the case's or the clinic's default).</summary>
    public void Apply(CaseDetails details, string placeOfService)
    {
        Title = details.Title!.Trim();
        PrimaryPolicyId = details.PrimaryPolicyId;
        SecondaryPolicyId = details.SecondaryPolicyId is { } s && s != Guid.Empty ? s : null;
        PlaceOfService = placeOfService;
        ReferralId = details.ReferralId is { } r && r != Guid.Empty ? r : null;
        AssignedTherapistId = details.AssignedTherapistId!.Value;
        TreatingDiagnoses = Codes.Join(details.TreatingDiagnoses().Select(d => d.Value));
        AuthorizedVisits = details.Authorization?.Visits;
        AuthorizationStart = details.Authorization?.StartDate;
        AuthorizationEnd = details.Authorization?.EndDate;
        AuthorizationNumber = string.IsNullOrWhiteSpace(details.Authorization?.Number) ? null : details.Authorization.Number.Trim();
        Version = Guid.NewGuid();
    }
}
