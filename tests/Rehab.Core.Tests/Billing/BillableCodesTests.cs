using Rehab.Core.Billing;
using Rehab.Core.Users;

namespace Rehab.Core.Tests.Billing;

/// <summary>The user type decides which codes a user bills: PT codes for PT, PTA and SPT, OT codes for OT, none for staff.</summary>
public sealed class BillableCodesTests
{
    [Theory]
    [InlineData(UserType.PT, "97161", "97165")]
    [InlineData(UserType.PTA, "97161", "97165")]
    [InlineData(UserType.SPT, "97164", "97168")]
    [InlineData(UserType.OT, "97165", "97161")]
    [InlineData(UserType.COTA, "97168", "97164")]
    public void Each_discipline_bills_its_own_evaluations_and_not_the_other(UserType type, string billed, string notBilled)
    {
        var codes = CodeCatalog.Standard.BillableBy(type).Select(c => c.Code.Value).ToList();
        Assert.Contains(billed, codes);
        Assert.DoesNotContain(notBilled, codes);
        Assert.Contains("97110", codes);
    }

    [Theory]
    [InlineData(UserType.Clerical)]
    [InlineData(UserType.Biller)]
    public void Front_office_and_billing_staff_bill_nothing(UserType type) =>
        Assert.Empty(CodeCatalog.Standard.BillableBy(type));
}
