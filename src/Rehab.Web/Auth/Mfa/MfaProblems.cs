using Microsoft.AspNetCore.Http.HttpResults;

namespace Rehab.Web.Auth.Mfa;

public static class MfaProblems
{
    /// <summary>Why a token request was refused; the second-factor answers only ever follow a right password.</summary>
    public static ProblemHttpResult ForToken(LoginOutcome outcome) => outcome switch
    {
        LoginOutcome.SecondFactorRequired => TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized,
            title: "Second factor required",
            detail: "This account signs in with multi-factor authentication: send twoFactorCode, the six-digit code " +
                    "from the authenticator app, or twoFactorRecoveryCode, one of the recovery codes."),
        LoginOutcome.EnrolmentRequired => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden,
            title: "Multi-factor enrolment required",
            detail: "The company requires multi-factor authentication for this account: sign in on the web once to " +
                    "enrol an authenticator app, then send its code as twoFactorCode."),
        _ => TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed",
            detail: "The username, password or second factor is wrong, or the account is locked or inactive."),
    };
}
