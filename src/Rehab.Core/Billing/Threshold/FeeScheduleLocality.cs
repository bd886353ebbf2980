namespace Rehab.Core.Billing.Threshold;

/// <summary>
/// A Medicare Physician Fee Schedule payment locality, named as CMS's locality file names it: the carrier
/// number of the Medicare Administrative Contractor (five digits) and the locality number (two digits).
/// </summary>
public readonly record struct FeeScheduleLocality
{
    public string CarrierNumber { get; }
    public string LocalityNumber { get; }

    private FeeScheduleLocality(string carrierNumber, string localityNumber)
    {
        CarrierNumber = carrierNumber;
        LocalityNumber = localityNumber;
    }

    /// <summary>
    /// Accepts the numbers with or without their leading zeros (spreadsheets drop them): "1112" and "5" are
    /// carrier 01112, locality 05.
    /// </summary>
    public static bool TryCreate(string? carrierNumber, string? localityNumber, out FeeScheduleLocality locality)
    {
        locality = default;
        if (!TryDigits(carrierNumber, 5, out var carrier) || !TryDigits(localityNumber, 2, out var number))
            return false;
        locality = new FeeScheduleLocality(carrier, number);
        return true;
    }

    public static FeeScheduleLocality Create(string carrierNumber, string localityNumber) =>
        TryCreate(carrierNumber, localityNumber, out var locality)
            ? locality
            : throw new FormatException(
                $"'{carrierNumber}', '{localityNumber}' is not a fee-schedule locality: a carrier number of up to five digits and a locality number of up to two.");

    public static bool IsCarrierNumber(string? text) => TryDigits(text, 5, out _);

    public static bool IsLocalityNumber(string? text) => TryDigits(text, 2, out _);

    private static bool TryDigits(string? text, int length, out string digits)
    {
        digits = "";
        var s = text?.Trim();
        if (string.IsNullOrEmpty(s) || s.Length > length || !s.All(char.IsAsciiDigit))
            return false;
        digits = s.PadLeft(length, '0');
        return true;
    }

    public override string ToString() => $"carrier {CarrierNumber}, locality {LocalityNumber}";
}
