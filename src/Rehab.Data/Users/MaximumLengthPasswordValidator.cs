using Microsoft.AspNetCore.Identity;
using Rehab.Core.Users;

namespace Rehab.Data.Users;

/// <summary>Caps password length so long pass phrases are welcome but hashing cannot be abused.</summary>
public sealed class MaximumLengthPasswordValidator : IPasswordValidator<RehabUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<RehabUser> manager, RehabUser user, string? password) =>
        Task.FromResult(password is { Length: > PasswordRules.MaximumLength }
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordTooLong",
                Description = $"Passwords must be at most {PasswordRules.MaximumLength} characters.",
            })
            : IdentityResult.Success);
}
