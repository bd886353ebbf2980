using Rehab.Core.Common;
using Rehab.Core.Referrals;

namespace Rehab.Data.Referrals;

/// <summary>A physician who refers patients to the company's clinics.</summary>
public sealed class ReferringPhysician : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CompanyId { get; set; }
    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public required string Npi { get; set; }
    public string? Phone { get; set; }
    public string? Fax { get; set; }

    public void Apply(ReferringPhysicianDetails details)
    {
        var d = details.Normalized();
        FirstName = d.FirstName!;
        LastName = d.LastName!;
        Npi = d.Npi!;
        Phone = d.Phone;
        Fax = d.Fax;
    }
}

/// <summary>A way patients find the clinic without a physician's referral.</summary>
public sealed class MarketingSource : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CompanyId { get; set; }
    public required string Name { get; set; }
}

/// <summary>Where a case came from: a physician or a marketing source, when it arrived, and the diagnoses it names.</summary>
public sealed class Referral : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CompanyId { get; set; }
    public Guid PatientId { get; set; }
    public Guid? ReferringPhysicianId { get; set; }
    public Guid? MarketingSourceId { get; set; }
    public DateOnly ReceivedDate { get; set; }
    /// <summary>ICD-10-CM codes, dotted, comma-separated, in order.</summary>
    public string DiagnosisCodes { get; set; } = "";

    public ReferralDetails ToDetails() => new(ReferringPhysicianId, MarketingSourceId, ReceivedDate, Codes.Split(DiagnosisCodes));

    /// <summary>Copies validated details.</summary>
    public void Apply(ReferralDetails details)
    {
        ReferringPhysicianId = details.ReferringPhysicianId is { } p && p != Guid.Empty ? p : null;
        MarketingSourceId = details.MarketingSourceId is { } m && m != Guid.Empty ? m : null;
        ReceivedDate = details.ReceivedDate!.Value;
        DiagnosisCodes = Codes.Join(details.Diagnoses().Select(d => d.Value));
    }
}
