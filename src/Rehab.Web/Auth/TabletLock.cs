using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace Rehab.Web.Auth;

/// <summary>
/// A clinician's sign-in handed to a patient for one outcome survey. While the cookie carries <see cref="Claim"/>, only that
/// survey's tablet page, its unlock page and sign-out answer: the patient gets none of the clinician's access (ONC 170.315(d)(1)).
/// </summary>
public static class TabletLock
{
    public const string Claim = "rehab:locked-to-survey";

    public static Guid? LockedSurvey(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(Claim), out var id) ? id : null;

    public static string TakePath(Guid surveyId) => $"/Surveys/{surveyId}/Take";

    public static string UnlockPath(Guid surveyId) => $"/Surveys/{surveyId}/Unlock";

    /// <summary>Identity rebuilds the principal at every security-stamp check; without this the lock would lapse after a minute.</summary>
    public static Task KeepOnRefresh(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.CurrentPrincipal?.FindFirst(Claim) is { } locked && context.NewPrincipal?.Identity is ClaimsIdentity identity)
            identity.AddClaim(new Claim(Claim, locked.Value));
        return Task.CompletedTask;
    }
}
