using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Rehab.Core.Audit;
using Rehab.Data.Audit;
using Rehab.Data.Users;

namespace Rehab.Web.Auth;

/// <summary>Re-issues the clinician's cookie locked to a survey, and unlocked again on their password; both audited.</summary>
public sealed class TabletHandover(SignInManager<RehabUser> signIn, AuditLog audit)
{
    private const string SurveyEntity = "OutcomeSurvey";

    public async Task<bool> LockAsync(ClaimsPrincipal clinician, Guid surveyId, Guid patientId, CancellationToken ct)
    {
        if (await signIn.UserManager.GetUserAsync(clinician) is not { } user || !await signIn.CanSignInAsync(user))
            return false;
        await SignInAsync(user, clinician, surveyId);
        await audit.RecordAsync(new AuditEvent(AuditAction.TabletLocked, SurveyEntity, AuditOutcome.Success,
            EntityId: surveyId.ToString(), PatientId: patientId), ct);
        return true;
    }

    /// <summary>Checks the signed-in clinician's own password; a wrong one counts toward the account's lockout.</summary>
    public async Task<SignInResult> UnlockAsync(ClaimsPrincipal locked, string password, Guid surveyId, Guid patientId, CancellationToken ct)
    {
        var user = await signIn.UserManager.GetUserAsync(locked);
        var result = user is null ? SignInResult.Failed : await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (result.Succeeded)
            await SignInAsync(user!, locked, lockedTo: null);
        await audit.RecordAsync(new AuditEvent(AuditAction.TabletUnlocked, SurveyEntity,
            result.Succeeded ? AuditOutcome.Success : AuditOutcome.Failure,
            EntityId: surveyId.ToString(), PatientId: patientId,
            Details: result switch
            {
                { Succeeded: true } => null,
                { IsLockedOut: true } => "account locked out",
                { IsNotAllowed: true } => "account inactive",
                _ => "wrong password",
            }), ct);
        return result;
    }

    private Task SignInAsync(RehabUser user, ClaimsPrincipal current, Guid? lockedTo)
    {
        var claims = current.Claims
            .Where(c => c.Type is "amr" or SessionClaims.Session or SessionClaims.RefreshGeneration)
            .Select(c => new Claim(c.Type, c.Value)).ToList();
        if (lockedTo is { } survey)
            claims.Add(new Claim(TabletLock.Claim, survey.ToString()));
        signIn.AuthenticationScheme = IdentityConstants.ApplicationScheme;
        return signIn.SignInWithClaimsAsync(user, isPersistent: false, claims);
    }
}
