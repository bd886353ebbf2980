using System.Globalization;

namespace Rehab.Core.Billing;

internal static class MoneyText
{
    /// <summary>Dollars and cents as messages write them: "$2,480.00".</summary>
    public static string Money(decimal amount) => "$" + amount.ToString("#,##0.00", CultureInfo.InvariantCulture);
}
