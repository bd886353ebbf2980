using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Rehab.Core.Common;
using Rehab.Core.Users;
using Rehab.Web.Auth.Mfa;

namespace Rehab.Web.Auth;

public static class TokenEndpoints
{
    /// <summary>The second-factor fields carry the names Identity's own login API gives them.</summary>
    public sealed record TokenRequest(string? Username, string? Password, string? TwoFactorCode = null,
        string? TwoFactorRecoveryCode = null);
    public sealed record RefreshRequest(string? RefreshToken);

    public static void MapTokenEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/auth/token", IssueAsync)
            .AllowAnonymous()
            .RequireRateLimiting(SignInThrottle.Policy)
            .WithTags("Authentication")
            .WithSummary("Exchange a username and password for a bearer token")
            .WithDescription("The token expires after the idle timeout (15 minutes); five wrong passwords lock the " +
                             "account for 15 minutes. Users with multi-factor authentication add twoFactorCode (from " +
                             "their authenticator app) or twoFactorRecoveryCode; wrong codes count toward the lockout.")
            .Produces<AccessTokenResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapPost("/auth/refresh", RefreshAsync)
            .AllowAnonymous()
            .WithTags("Authentication")
            .WithSummary("Exchange a refresh token for a new bearer token")
            .WithDescription("A refresh token is good for the idle timeout (15 minutes) and only while the account stays active and unchanged.")
            .Produces<AccessTokenResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        api.MapGet("/me", (HttpTenantContext tenant, HttpContext http) => TypedResults.Ok(new
            {
                tenant.UserId,
                tenant.UserName,
                tenant.CompanyId,
                DisplayName = http.User.FindFirst(RehabClaims.DisplayName)?.Value,
                Permissions = http.User.FindAll(RehabClaims.Permission).Select(c => c.Value),
                AllClinics = tenant.ClinicIds is null,
                ClinicIds = tenant.ClinicIds ?? new HashSet<Guid>(),
            }))
            .RequireAuthorization()
            .WithTags("Authentication")
            .WithSummary("The signed-in user, their company, permissions and clinics");
    }

    private static async Task<Results<EmptyHttpResult, ValidationProblem, ProblemHttpResult>> IssueAsync(
        TokenRequest request, PasswordLogin login, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        errors.Required("username", request.Username, "Username", 256);
        if (string.IsNullOrEmpty(request.Password))
            errors.Add("password", "Password is required.");
        else if (request.Password.Length > PasswordRules.MaximumLength)
            errors.Add("password", $"Password must be at most {PasswordRules.MaximumLength} characters.");
        errors.MaxLength("twoFactorCode", request.TwoFactorCode, "Two-factor code", SecondFactorAnswer.MaximumLength);
        errors.MaxLength("twoFactorRecoveryCode", request.TwoFactorRecoveryCode, "Two-factor recovery code",
            SecondFactorAnswer.MaximumLength);
        if (!errors.IsValid)
            return TypedResults.ValidationProblem(errors.ToDictionary());

        // On success the bearer handler writes { tokenType, accessToken, expiresIn, refreshToken } itself.
        var result = await login.SignInAsync(IdentityConstants.BearerScheme, request.Username!, request.Password!, ct,
            MfaSignIn.Answer(request.TwoFactorCode, request.TwoFactorRecoveryCode));
        return result.Outcome switch
        {
            LoginOutcome.SignedIn => TypedResults.Empty,
            LoginOutcome.PasswordChangeRequired => PasswordChange.MustChangeFirst(),
            _ => MfaProblems.ForToken(result.Outcome),
        };
    }

    private static async Task<Results<SignInHttpResult, ValidationProblem, ProblemHttpResult>> RefreshAsync(
        RefreshRequest request, PasswordLogin login, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.RefreshToken))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["refreshToken"] = ["Refresh token is required."] });
        return await login.RefreshAsync(request.RefreshToken, ct) is { } principal
            ? TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme)
            : TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Refresh failed",
                detail: "The refresh token is expired or invalid, or the account changed or is inactive; sign in again.");
    }
}
