using Microsoft.AspNetCore.Identity;
using Rehab.Core.Common;
using Rehab.Core.Users;

namespace Rehab.Web.Account;

/// <summary>The checks a new password gets before Identity's own (length, the common-password list).</summary>
public static class NewPassword
{
    public static void Check(List<Problem> problems, string field, string? password)
    {
        if (string.IsNullOrEmpty(password))
            problems.Add(new(field, "New password is required."));
        else if (password.Length is < PasswordRules.MinimumLength or > PasswordRules.MaximumLength)
            problems.Add(new(field,
                $"New password must be {PasswordRules.MinimumLength} to {PasswordRules.MaximumLength} characters."));
    }

    public static IReadOnlyList<Problem> From(IdentityResult result, string field) =>
        result.Errors.Select(e => new Problem(field, e.Description)).ToList();
}
