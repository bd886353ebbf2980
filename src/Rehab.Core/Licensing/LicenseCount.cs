namespace Rehab.Core.Licensing;

/// <summary>
/// One clinic's licenses of one class: what the company bought, what active users hold (their home clinic
/// being this clinic), and how many users holding it are inactive yet still paid for.
/// </summary>
public sealed record LicenseCount(Guid ClinicId, LicenseClass LicenseClass, int Purchased, int Assigned, int HeldByInactive)
{
    /// <summary>Free licenses; negative when more active users hold the class than were bought.</summary>
    public int Available => LicenseClass.IsFree() ? int.MaxValue : Purchased - Assigned;

    /// <summary>Whether one more active user of this class may make this clinic their home.</summary>
    public bool HasFreeLicense => LicenseClass.IsFree() || Available > 0;

    /// <summary>Whether removing this many purchased licenses would leave fewer than active users hold.</summary>
    public bool CanRemove(int count) => count >= 0 && Purchased - count >= Assigned;
}
