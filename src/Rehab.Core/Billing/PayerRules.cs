namespace Rehab.Core.Billing;

/// <summary>The company's choice of unit rule when a case's primary and secondary payers use different ones.</summary>
public enum PayerRules
{
    /// <summary>Bill by the primary payer's rule.</summary>
    DeferToPrimary,
    /// <summary>Bill by the CMS 8-minute rule.</summary>
    DeferToEightMinute,
}
