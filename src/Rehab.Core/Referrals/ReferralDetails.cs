using Rehab.Core.Cases;
using Rehab.Core.Common;

namespace Rehab.Core.Referrals;

/// <summary>
/// Where a case came from: a referring physician or, when no physician referred the patient, a marketing source
/// (one of the two, never both), the date the referral arrived, and the diagnoses the referral names.
/// </summary>
public sealed record ReferralDetails(
    Guid? ReferringPhysicianId,
    Guid? MarketingSourceId,
    DateOnly? ReceivedDate,
    IReadOnlyList<string>? DiagnosisCodes = null)
{
    /// <param name="today">The date at the clinic: a referral cannot arrive in the future.</param>
    public ValidationErrors Validate(DateOnly today)
    {
        var errors = new ValidationErrors();
        // An all-zero id names no record: it is refused, never read as "none".
        if (ReferringPhysicianId == Guid.Empty)
            errors.Add("referringPhysicianId", "The referring physician id is all zeros, which names no physician; "
                + "choose one from the company's list, or leave it out.");
        if (MarketingSourceId == Guid.Empty)
            errors.Add("marketingSourceId", "The marketing source id is all zeros, which names no source; "
                + "choose one from the company's list, or leave it out.");
        var physician = ReferringPhysicianId is { } p && p != Guid.Empty;
        var marketing = MarketingSourceId is { } m && m != Guid.Empty;
        if (physician == marketing)
            errors.Add("referringPhysicianId", physician
                ? "Choose either the referring physician or the marketing source, not both."
                : "Choose the referring physician, or a marketing source when no physician referred the patient.");
        if (ReceivedDate is not { } received)
            errors.Add("receivedDate", "The date the referral was received is required.");
        else if (received > today)
            errors.Add("receivedDate", $"The referral cannot be received in the future ({received:yyyy-MM-dd}).");
        else
            PlausibleDates.CheckPast(errors, "receivedDate", "The referral's received date", received, today);
        Icd10Code.ValidateList(errors, "diagnosisCodes", DiagnosisCodes);
        return errors;
    }

    /// <summary>The referral's diagnoses, dotted and upper-case. Call only after <see cref="Validate"/> passed.</summary>
    public IReadOnlyList<Icd10Code> Diagnoses() => Icd10Code.ParseList(DiagnosisCodes);
}
