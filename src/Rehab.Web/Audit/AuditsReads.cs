namespace Rehab.Web.Audit;

/// <summary>
/// Marks an endpoint or page whose GET shows protected data; the audit middleware records each such
/// read with its outcome (ONC 170.315(d)(2), (d)(10)).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AuditsReadsAttribute(string entityType) : Attribute
{
    public string EntityType { get; } = entityType;

    /// <summary>For a read asked with a body (a POST that changes nothing, such as a billing preview).</summary>
    public bool AnyMethod { get; init; }
}

public static class AuditedReads
{
    private const string PatientKey = "audit:patientId";
    private const string PatientsKey = "audit:patientIds";

    /// <summary>Names the patient whose data this request shows, for the read's audit entry (when the route has no patientId).</summary>
    public static void AuditPatient(this HttpContext http, Guid patientId) => http.Items[PatientKey] = patientId;

    /// <summary>Names every patient a list shows; the read's one entry records them all.</summary>
    public static void AuditPatients(this HttpContext http, IEnumerable<Guid> patientIds) =>
        http.Items[PatientsKey] = patientIds.Distinct().ToList();

    internal static IReadOnlyCollection<Guid>? AuditedPatients(this HttpContext http) =>
        http.Items.TryGetValue(PatientsKey, out var value) && value is List<Guid> ids ? ids : null;

    internal static Guid? AuditedPatient(this HttpContext http) =>
        http.Items.TryGetValue(PatientKey, out var value) && value is Guid id ? id
        : Guid.TryParse(http.GetRouteValue("patientId")?.ToString(), out var routed) ? routed
        : null;
}
