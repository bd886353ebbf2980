using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Billing;
using Rehab.Core.Documentation;
using Rehab.Core.Settings;
using Rehab.Data;
using Rehab.Data.Billing;

namespace Rehab.Web.Documentation;

/// <summary>One stored claim line of a finalized note, as the billing endpoint returns it.</summary>
/// <param name="ChargeIndex">The 0-based position of the note's charge line it bills.</param>
public sealed record ClaimLineResponse(
    int ChargeIndex, DateOnly DateOfService, string Code, int Units, IReadOnlyList<string> Modifiers,
    [property: JsonConverter(typeof(JsonStringEnumConverter<Discipline>))] Discipline Discipline,
    Guid PayerId, string PayerName,
    [property: JsonConverter(typeof(JsonStringEnumConverter<InsuranceType>))] InsuranceType PayerType,
    [property: JsonConverter(typeof(JsonStringEnumConverter<InsuranceType>))] InsuranceType? SecondaryPayerType,
    Guid RenderingClinicianId, Guid? SupervisingClinicianId)
{
    /// <summary>The line as a biller writes it, such as <c>97110-GP-CQ ×1</c>.</summary>
    public string Text => string.Join("-", Modifiers.Prepend(Code)) + " ×" + Units;
}

/// <summary>
/// The claim lines a note carries, written as rows when it is finalized: each billed charge line's claim lines with
/// units (two for a CQ/CO split), the payers billed then and the clinicians. Nothing changes them afterwards.
/// </summary>
public static class ClaimRows
{
    public static async Task RecordAsync(RehabDbContext db, NoteFacts facts, NoteBillingResult billing, CancellationToken ct)
    {
        var policyIds = new[] { facts.Case.PrimaryPolicyId, facts.Case.SecondaryPolicyId ?? Guid.Empty };
        var payers = await db.Policies.AsNoTracking().Where(p => policyIds.Contains(p.Id))
            .Join(db.Payers.AsNoTracking(), p => p.PayerId, payer => payer.Id, (p, payer) => new { PolicyId = p.Id, Payer = payer })
            .ToDictionaryAsync(p => p.PolicyId, p => p.Payer, ct);
        var secondary = facts.Case.SecondaryPolicyId is { } id ? payers.GetValueOrDefault(id) : null;
        db.ClaimLines.AddRange(ClaimLine.For(facts.Note, facts.Case.ClinicId, billing, payers[facts.Case.PrimaryPolicyId], secondary,
            facts.Note.FinalizedAt ?? facts.Now));
    }

    /// <summary>A finalized note's claim lines, in claim order; none for a note finalized before claim lines were stored.</summary>
    public static async Task<IReadOnlyList<ClaimLineResponse>> OfNoteAsync(RehabDbContext db, Guid noteId, CancellationToken ct)
    {
        var rows = await db.ClaimLines.AsNoTracking().Where(c => c.NoteId == noteId)
            .Join(db.ChargeLines.AsNoTracking(), c => c.ChargeLineId, charge => charge.Id, (c, charge) => new { Claim = c, charge.Position })
            .ToListAsync(ct);
        return [.. rows.OrderBy(r => r.Claim.Position).Select(r => new ClaimLineResponse(r.Position, r.Claim.DateOfService, r.Claim.Code,
            r.Claim.Units, Codes.Split(r.Claim.Modifiers), r.Claim.Discipline, r.Claim.PayerId, r.Claim.PayerName, r.Claim.PayerType,
            r.Claim.SecondaryPayerType, r.Claim.RenderingClinicianId, r.Claim.SupervisingClinicianId))];
    }
}
