using Rehab.Core.Billing;
using Rehab.Core.Common;
using Rehab.Core.Documentation;
using Rehab.Data.Documentation;
using Rehab.Data.Payers;
using Rehab.Core.Settings;

namespace Rehab.Data.Billing;

/// <summary>
/// One line of a claim, as a finalized note bills it: code, units, modifiers, the payer and payer type billed and the
/// clinicians. Written at finalization and never changed, so that claims, reports and the Medicare threshold read what
/// was billed, whatever the case's payers are later. A code whose units split between CQ/CO and not is two rows.
/// </summary>
public sealed class ClaimLine : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CompanyId { get; set; }
    public Guid ClinicId { get; set; }
    public Guid PatientId { get; set; }
    public Guid CaseId { get; set; }
    public Guid NoteId { get; set; }
    /// <summary>The note's charge line it comes from.</summary>
    public Guid ChargeLineId { get; set; }
    /// <summary>Its place among the note's claim lines.</summary>
    public int Position { get; set; }
    public DateOnly DateOfService { get; set; }
    public required string Code { get; set; }
    public int Units { get; set; }
    /// <summary>In claim order, comma-separated.</summary>
    public string Modifiers { get; set; } = "";
    public Discipline Discipline { get; set; }
    public Guid PayerId { get; set; }
    public required string PayerName { get; set; }
    public InsuranceType PayerType { get; set; }
    public Guid? SecondaryPayerId { get; set; }
    public InsuranceType? SecondaryPayerType { get; set; }
    /// <summary>The note's author, who furnished the service.</summary>
    public Guid RenderingClinicianId { get; set; }
    /// <summary>The supervising or co-signing therapist, when another than the author.</summary>
    public Guid? SupervisingClinicianId { get; set; }
    public DateTimeOffset BilledAt { get; set; }

    /// <summary>The claim lines of a note being finalized: those of its billing with units, in order.</summary>
    public static IEnumerable<ClaimLine> For(Note note, Guid clinicId, NoteBillingResult billing, Payer primary,
        Payer? secondary, DateTimeOffset billedAt)
    {
        var charges = note.Charges.OrderBy(c => c.Position).ToList();
        var supervisor = note.SupervisingTherapistId
                         ?? (note.FinalizedById != note.AuthorId ? note.FinalizedById : null);
        var position = 0;
        foreach (var line in billing.Lines)
            foreach (var claim in line.ClaimLines.Where(c => c.Units > 0))
                yield return new ClaimLine
                {
                    CompanyId = note.CompanyId, ClinicId = clinicId, PatientId = note.PatientId, CaseId = note.CaseId,
                    NoteId = note.Id, ChargeLineId = charges[line.Index].Id, Position = position++,
                    DateOfService = line.Charge.DateOfService, Code = claim.Code.Value, Units = claim.Units,
                    Modifiers = Codes.Join(claim.Modifiers.Select(m => m.Code)), Discipline = claim.Source.Discipline,
                    PayerId = primary.Id, PayerName = primary.Name, PayerType = primary.Type,
                    SecondaryPayerId = secondary?.Id, SecondaryPayerType = secondary?.Type,
                    RenderingClinicianId = note.AuthorId, SupervisingClinicianId = supervisor, BilledAt = billedAt,
                };
    }
}
