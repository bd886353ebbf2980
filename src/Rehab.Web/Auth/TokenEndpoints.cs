using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Rehab.Core.Common;
using Rehab.Core.Users;

namespace Rehab.Web.Auth;

public static class TokenEndpoints
{
    public sealed record TokenRequest(string? Username, string? Password);
    public sealed record RefreshRequest(string? RefreshToken);

    public static void MapTokenEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/auth/token", IssueAsync)
            .AllowAnonymous()
            .WithTags("Authentication")
            .WithSummary("Exchange a username and password for a bearer token")
            .WithDescription("The token expires after the idle timeout (15 minutes); five wrong passwords lock the account for 15 minutes.")
            .Produces<AccessTokenResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
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
        if (!errors.IsValid)
            return TypedResults.ValidationProblem(errors.ToDictionary());

        // On success the bearer handler writes { tokenType, accessToken, expiresIn, refreshToken } itself.
        return await login.SignInAsync(IdentityConstants.BearerScheme, request.Username!, request.Password!, ct)
            ? TypedResults.Empty
            : login.NeedsPasswordChange ? PasswordChange.MustChangeFirst()
            : TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed",
                detail: "The username or password is wrong, or the account is locked or inactive.");
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
