using Rehab.Core.Common;

namespace Rehab.Core.Referrals;

/// <summary>A way patients find the clinic without a physician's referral: a web search, an employer, a past patient.</summary>
public sealed record MarketingSourceDetails(string? Name)
{
    public const int NameMaxLength = 200;

    public ValidationErrors Validate()
    {
        var errors = new ValidationErrors();
        errors.Required("name", Name, "Marketing source name", NameMaxLength);
        return errors;
    }
}
