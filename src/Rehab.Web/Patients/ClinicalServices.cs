using Rehab.Web.Cases;
using Rehab.Web.Referrals;

namespace Rehab.Web.Patients;

public static class ClinicalServices
{
    /// <summary>
    /// The editors of patients, policies, cases and referral sources, shared by the API and the pages.
    /// </summary>
    public static IServiceCollection AddClinicalRecords(this IServiceCollection services) => services
        .AddScoped<PatientEditor>()
        .AddScoped<PolicyEditor>()
        .AddScoped<CaseEditor>()
        .AddScoped<ReferralSources>()
        .AddScoped<BreakTheGlass>()
        .AddSingleton<EmergencyAccessCache>();
}
