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
    public static async Task RecordAsync(RehabDbContext db, NoteFacts facts, NoteBillingResult billing,
        CancellationToken ct)
    {
        var policyIds = new[] { facts.Case.PrimaryPolicyId, facts.Case.SecondaryPolicyId ?? Guid.Empty };
        var payers = await db.Policies.AsNoTracking().Where(p => policyIds.Contains(p.Id))
            .Join(db.Payers.AsNoTracking(), p => p.PayerId, payer => payer.Id,
                (p, payer) => new { p.Id, Payer = payer })
            .ToDictionaryAsync(p => p.Id, p => p.Payer, ct);
        var secondary = facts.Case.SecondaryPolicyId is { } id ? payers.GetValueOrDefault(id) : null;
        var primary = payers[facts.Case.PrimaryPolicyId];
        db.ClaimLines.AddRange(ClaimLine.For(facts.Note, facts.Case.ClinicId, billing, primary, secondary,
            facts.Note.FinalizedAt ?? facts.Now));
    }

    /// <summary>A finalized note's claim lines in order; none if it was finalized before they were stored.</summary>
    public static async Task<IReadOnlyList<ClaimLineResponse>> OfNoteAsync(RehabDbContext db, Guid noteId,
        CancellationToken ct)
    {
        var rows = await db.ClaimLines.AsNoTracking().Where(c => c.NoteId == noteId)
            .Join(db.ChargeLines.AsNoTracking(), c => c.ChargeLineId, charge => charge.Id,
                (c, charge) => new { Claim = c, charge.Position })
            .ToListAsync(ct);
        return [.. rows.OrderBy(r => r.Claim.Position).Select(r => Response(r.Claim, r.Position))];
    }

    private static ClaimLineResponse Response(ClaimLine c, int chargeIndex) => new(chargeIndex, c.DateOfService, c.Code,
        c.Units, Codes.Split(c.Modifiers), c.Discipline, c.PayerId, c.PayerName, c.PayerType, c.SecondaryPayerType,
        c.RenderingClinicianId, c.SupervisingClinicianId);
}
