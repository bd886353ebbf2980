using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Rehab.Core.Common;
using Rehab.Core.Users;
using Rehab.Web.Auth;
using Rehab.Web.Users;

namespace Rehab.Web.Account;

public static class AccountEndpoints
{
    public static void AddAccountServices(this IServiceCollection services)
    {
        services.AddScoped<SignInSessions>();
        services.AddScoped<PasswordExpiryCheck>();
        services.AddScoped<ChangePassword>();
        services.AddScoped<ResetPassword>();
    }

    public static void MapAccountEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/account/password", ChangeAsync).RequireAuthorization()
            .WithTags("Authentication")
            .WithSummary("Change your own password")
            .WithDescription("Needs the current password. Ends every sign-in of the account, this token's too: " +
                             "get a new token with the new password.");
        api.MapPost("/auth/logout", SignOutAsync).RequireAuthorization()
            .WithTags("Authentication")
            .WithSummary("End this token's sign-in")
            .WithDescription("The access token and its refresh token stop working at once.");
        api.MapPost("/users/{id:guid}/password", ResetAsync).RequireAuthorization(Permission.EditUsers)
            .WithTags("Users")
            .WithSummary("Reset a user's password")
            .WithDescription("The user must change it at their next sign-in; their sign-ins end now.");
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        ChangePasswordRequest request, ChangePassword change, ClaimsPrincipal user, CancellationToken ct) =>
        Answer(await change.HandleAsync(user, request, ct));

    private static async Task<NoContent> SignOutAsync(
        SignInSessions sessions, ClaimsPrincipal user, CancellationToken ct)
    {
        await sessions.EndAsync(user, "signed out", ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ResetAsync(
        Guid id, ResetPasswordRequest request, ResetPassword reset, CancellationToken ct) =>
        await reset.HandleAsync(id, request, ct) is { } decision
            ? Answer(decision)
            : UserEndpoints.Problem(UserEditor.NotFound());

    private static Results<NoContent, ValidationProblem, ProblemHttpResult> Answer(Decision decision) =>
        decision.Kind switch
        {
            null => TypedResults.NoContent(),
            ProblemKind.Invalid => TypedResults.ValidationProblem(decision.ToDictionary()),
            var kind => TypedResults.Problem(
                statusCode: kind == ProblemKind.Conflict
                    ? StatusCodes.Status409Conflict
                    : StatusCodes.Status403Forbidden,
                title: decision.Problems[0].Message,
                extensions: new Dictionary<string, object?> { ["errors"] = decision.ToDictionary() }),
        };
}
