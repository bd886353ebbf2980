using Microsoft.EntityFrameworkCore;
using Rehab.Core.Billing.Modifiers;
using Rehab.Core.Common;
using Rehab.Data;
using Rehab.Data.Documentation;

namespace Rehab.Web.Documentation;

/// <summary>
/// The finalizing clinician's KX attestation: taken with the finalization, recorded on the note with who gave it,
/// why and when (the note's audit entry keeps it), and used where the engine cannot decide KX.
/// </summary>
public static class KxAttestations
{
    /// <returns>The request's problems, field by field; empty when the attestation is recorded on the note.</returns>
    public static IDictionary<string, string[]> Record(Note note, KxAttestationRequest request, Guid userId,
        DateTimeOffset now)
    {
        var errors = new ValidationErrors();
        KxAttestation.Validate(request.Applies, request.Reason, errors);
        if (!errors.IsValid)
            return errors.ToDictionary();
        note.KxAttestationApplies = request.Applies;
        note.KxAttestationReason = request.Reason!.Trim();
        note.KxAttestedById = userId;
        note.KxAttestedAt = now;
        return new Dictionary<string, string[]>();
    }

    /// <summary>The note's attestation with the attesting user's name, or null when there is none.</summary>
    public static async Task<KxAttestation?> ReadAsync(RehabDbContext db, Note note, CancellationToken ct)
    {
        if (note is not { KxAttestationApplies: { } applies, KxAttestationReason: { } reason, KxAttestedById: { } by })
            return null;
        var user = await db.Users.AsNoTracking().Where(u => u.Id == by)
            .Select(u => new { u.FirstName, u.LastName, u.UserName }).SingleOrDefaultAsync(ct);
        var name = user is null ? "A former user"
            : $"{user.FirstName} {user.LastName}".Trim() is { Length: > 0 } full ? full : user.UserName ?? "A user";
        return new KxAttestation(applies, reason, $"{name} ({note.KxAttestedAt:yyyy-MM-dd})");
    }
}
