using System.Globalization;

namespace Rehab.Core.Billing;

internal static class AmountText
{
    /// <summary>Dollars and cents as messages write them: "$2,480.00".</summary>
    public static string Money(decimal amount) => "$" + amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>A percent with one decimal: "80.6%".</summary>
    public static string Percent(decimal percent) => percent.ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
