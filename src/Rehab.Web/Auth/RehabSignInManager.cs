using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Rehab.Data.Users;

namespace Rehab.Web.Auth;

/// <summary>Identity's sign-in, refusing users an admin has deactivated.</summary>
public sealed class RehabSignInManager(
    UserManager<RehabUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<RehabUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<RehabUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<RehabUser> confirmation)
    : SignInManager<RehabUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(RehabUser user) =>
        user.IsActive && await base.CanSignInAsync(user);
}
