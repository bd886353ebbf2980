using Rehab.Data;
using Rehab.Data.Tenancy;
using Rehab.Web.Analytics;
using Rehab.Web.Audit;
using Rehab.Web.Auth;
using Rehab.Web.Auth.Mfa;
using Rehab.Web.Errors;
using Rehab.Web.Patients;

namespace Rehab.Web.Hosting;

/// <summary>Everything the web host registers and the order requests pass through.</summary>
public static class RehabHost
{
    /// <summary>Request bodies larger than this are refused with 413.</summary>
    public const long MaxRequestBodyBytes = 1024 * 1024;

    public static void AddRehab(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var database = DataServices.ReadDatabaseOptions(builder.Configuration, builder.Environment.ContentRootPath);
        services.AddRehabData(database);
        var keys = builder.AddKeyDirectory();
        services.AddHostedService<AuditSealing>();
        services.AddHttpContextAccessor();
        services.AddScoped<HttpTenantContext>();
        services.AddScoped<ITenantContext>(sp => sp.GetRequiredService<HttpTenantContext>());
        services.AddScoped<PasswordLogin>();
        services.AddScoped<DecoyPassword>();
        services.AddSingleton<AutomaticLogoff>();
        services.AddRehabMfa();
        services.AddScoped<TabletHandover>();
        services.AddScoped<Users.UserEditor>();
        services.AddScoped<Users.UnlockAccount>();
        services.AddScoped<Licensing.LicenseRequests>();
        services.AddScoped<Documentation.NoteFactsLoader>();
        services.AddClinicalRecords();
        services.AddRehabAuthentication();
        services.AddAnalyticsAuthorization();
        services.AddReverseProxy(builder.Configuration);
        services.AddCookieHardening();
        services.AddSignInThrottle(builder.Configuration);

        builder.AddKeyRing(keys);

        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            c.ProblemDetails.Extensions.Remove("exception");
            c.ProblemDetails.Extensions["traceId"] = c.HttpContext.TraceIdentifier;
            RefusalReason.Remember(c.HttpContext, c.ProblemDetails);
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddApiRefusals();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            k.AddServerHeader = false;
        });

        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/");
            o.Conventions.AllowAnonymousToPage("/Login");
            o.Conventions.AllowAnonymousToPage("/Denied");
            o.Conventions.AllowAnonymousToPage("/Error");
            o.Conventions.AuthorizeFolder("/Organization/Company", Core.Users.Permission.CompanyAdmin);
            o.Conventions.AuthorizeFolder("/Audit", Core.Users.Permission.ViewAuditLog);
            o.Conventions.AuthorizeFolder("/Users", Core.Users.Permission.ViewUsers);
            o.Conventions.AuthorizePage("/Users/Bulk", Core.Users.Permission.EditUsers);
            o.Conventions.AuthorizeFolder("/Analytics", AnalyticsAdminRequirement.Policy);
            o.Conventions.AuthorizeFolder("/SystemAdmin", Auth.SystemAdmin.Policy);
            o.Conventions.AuthorizeFolder("/Settings/Payers", Core.Users.Permission.InsuranceAdmin);
            o.Conventions.AuthorizePage("/Settings/Company", Core.Users.Permission.CompanyAdmin);
            o.Conventions.AuthorizePage("/Settings/Clinic", Core.Users.Permission.ClinicAdmin);
            o.Conventions.AuthorizePage("/Settings/Review", Settings.SettingsPolicies.ReviewSettings);
            o.Conventions.AuthorizeFolder("/Notes", Core.Users.Permission.ViewPatients);
            o.Conventions.AuthorizeFolder("/Surveys", Core.Users.Permission.ViewPatients);
            o.Conventions.AuthorizeFolder("/Patients", Core.Users.Permission.ViewPatients);
            o.Conventions.AuthorizeFolder("/Cases", Core.Users.Permission.ViewPatients);
            o.Conventions.AuthorizeFolder("/ReferringPhysicians", Core.Users.Permission.ViewPatients);
        });
        services.AddRehabApi();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
    }

    public static void UseRehab(this WebApplication app)
    {
        app.UseReverseProxy();
        app.UseWhen(http => http.Request.IsApi(), api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(http => !http.Request.IsApi(), pages =>
        {
            pages.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/Error",
                StatusCodeSelector = e => UniqueViolation.Is(e) ? StatusCodes.Status409Conflict : StatusCodes.Status500InternalServerError,
            });
            pages.UseStatusCodePagesWithReExecute("/Error", "?status={0}");
        });
        app.UseSecurityHeaders();
        app.UseStaticFiles(); // wwwroot is public: it runs before routing and authorization
        app.UseRouting();
        app.UseRateLimiter();
        app.UseRequestSizeLimit(MaxRequestBodyBytes);
        app.UseAuthentication();
        app.UseMiddleware<SessionCheck>();
        app.UseMiddleware<PasswordChangeGate>();
        app.UseCookieApiAntiforgery();
        app.UseMiddleware<EmergencyAccessMiddleware>();
        app.UseMiddleware<TabletLockMiddleware>();
        app.UseMiddleware<AuditReadMiddleware>();
        app.UseAuthorization();
        app.UseNulCharacterRefusal();

        app.MapRazorPages();
        AutomaticLogoff.MapAutomaticLogoff(app);
        app.MapRehabApi();
    }
}
