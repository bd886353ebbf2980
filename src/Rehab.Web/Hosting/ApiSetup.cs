using Microsoft.OpenApi;
using Rehab.Web.Account;
using Rehab.Web.Analytics;
using Rehab.Web.Audit;
using Rehab.Web.Billing;
using Rehab.Web.Auth;
using Rehab.Web.Cases;
using Rehab.Web.Documentation;
using Rehab.Web.Licensing;
using Rehab.Web.Organization;
using Rehab.Web.Outcomes;
using Rehab.Web.Patients;
using Rehab.Web.Payers;
using Rehab.Web.Referrals;
using Rehab.Web.Settings;
using Rehab.Web.Training;
using Rehab.Web.Users;
using Rehab.Web.Auth.Mfa;
using Scalar.AspNetCore;

namespace Rehab.Web.Hosting;

public static class ApiSetup
{
    public static void AddRehabApi(this IServiceCollection services)
    {
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Rehab EMR API",
                Version = "v1",
                Description = "Get a bearer token from POST /api/v1/auth/token and send it as 'Authorization: Bearer <token>'.",
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "Token from POST /api/v1/auth/token",
            };
            return Task.CompletedTask;
        }));
    }

    public static void MapRehabApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization();
        api.MapTokenEndpoints();
        api.MapAccountEndpoints();
        api.MapCompanyEndpoints();
        api.MapClinicEndpoints();
        api.MapAuditEndpoints();
        EmergencyAccessReview.Map(api);
        api.MapFeeScheduleEndpoints();
        api.MapNcciEditEndpoints();
        api.MapBillingCodeEndpoints();
        api.MapUnitEndpoints();
        api.MapTrainingEndpoints();
        api.MapBulkUserEndpoints();
        api.MapAnalyticsRoleEndpoints();
        api.MapUserEndpoints();
        api.MapMfaEndpoints();
        api.MapLicenseEndpoints();
        api.MapLicenseRequestEndpoints();
        api.MapPayerEndpoints();
        api.MapSettingsEndpoints();
        api.MapNoteEndpoints();
        api.MapOutcomeEndpoints();
        api.MapPatientEndpoints();
        BreakTheGlass.Map(api);
        api.MapMedicareThreshold();
        api.MapCaseEndpoints();
        api.MapReferralEndpoints();

        app.MapOpenApi().RequireAuthorization();
        app.MapScalarApiReference("/api-reference", ApiReference.Configure).RequireAuthorization();

        app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
    }
}
