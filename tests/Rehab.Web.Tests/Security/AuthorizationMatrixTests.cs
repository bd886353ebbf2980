using System.Net;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Users;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Security;

/// <summary>
/// Every endpoint × every role template × the user's own company or another's → allowed, 403 or 404. A new
/// endpoint without a row here fails the test, so nobody adds one without deciding who may call it.
/// </summary>
public sealed class AuthorizationMatrixTests(Apps apps) : IClassFixture<Apps>
{
    /// <summary>Who may call an endpoint, from the caller's permissions, and which kind of record its id names.</summary>
    private sealed record Rule(Func<IReadOnlySet<string>, bool> Allows, Resource Resource = Resource.None);

    private enum Resource { None, Clinic, TrainingGroup, Assignment, User, LicenseRequest, Course, Payer, Patient, Policy, Case, Note, Survey }

    private static Rule Anyone(Resource resource = Resource.None) => new(_ => true, resource);

    private static Rule Needs(string permission, Resource resource = Resource.None) => new(p => p.Contains(permission), resource);

    private static Rule AnyOf(string[] permissions, Resource resource = Resource.None) => new(p => permissions.Any(p.Contains), resource);

    private static Rule AllOf(string[] permissions, Resource resource = Resource.None) => new(p => permissions.All(p.Contains), resource);

    // The vendor's account team; no role template is
    private static readonly Rule SystemAdminOnly = new(_ => false);

    private static readonly string[] TrainingViewers = [Permission.ViewUsers, Permission.EditUsers, Permission.CompanyAdmin];
    private static readonly string[] TrainingManagers = [Permission.EditUsers, Permission.CompanyAdmin];

    // Analytics Admin by permissions (no role was adjusted for these users)
    private static readonly Rule AnalyticsAdmin = new(p => p.Contains(Permission.AnalyticsAccess)
        && (p.Contains(Permission.ClinicAdmin) || p.Contains(Permission.CompanyAdmin)));

    // Writing notes: Start Notes, or Edit Patients for front office staff's Administrative Discharge
    private static Rule WritesNotes(Resource resource) =>
        new(p => p.Contains(Permission.ViewPatients) && (p.Contains(Permission.StartNotes) || p.Contains(Permission.EditPatients)), resource);

    private static readonly Dictionary<string, Rule> Matrix = new(StringComparer.Ordinal)
    {
        ["GET /api/v1/me"] = Anyone(),
        ["POST /api/v1/account/password"] = Anyone(),
        ["POST /api/v1/auth/logout"] = Anyone(),
        ["POST /api/v1/users/{id:guid}/password"] = Needs(Permission.EditUsers, Resource.User),
        ["GET /api/v1/company/"] = Anyone(),
        ["PUT /api/v1/company/"] = Needs(Permission.CompanyAdmin),
        ["GET /api/v1/clinics/"] = Anyone(),
        ["POST /api/v1/clinics/"] = Needs(Permission.CompanyAdmin),
        ["GET /api/v1/clinics/{id:guid}"] = Anyone(Resource.Clinic),
        ["PUT /api/v1/clinics/{id:guid}"] = Needs(Permission.CompanyAdmin, Resource.Clinic),
        ["GET /api/v1/audit"] = Needs(Permission.ViewAuditLog),
        ["GET /api/v1/audit/emergency-access"] = Needs(Permission.ViewAuditLog),
        ["POST /api/v1/emergency-access"] = Needs(Permission.ViewPatients), // and a licensed user type: its own tests
        ["POST /api/v1/billing/units"] = Anyone(),
        ["GET /api/v1/billing/codes/"] = Anyone(),
        ["POST /api/v1/billing/codes/"] = Needs(Permission.CompanyAdmin),
        ["GET /api/v1/billing/fee-schedule/"] = Anyone(),
        ["PUT /api/v1/billing/fee-schedule/"] = Needs(Permission.CompanyAdmin),
        ["GET /api/v1/billing/ncci-edits/"] = Anyone(),
        ["PUT /api/v1/billing/ncci-edits/"] = Needs(Permission.CompanyAdmin),
        ["GET /api/v1/training/groups"] = AnyOf(TrainingViewers),
        ["POST /api/v1/training/groups"] = AnyOf(TrainingManagers),
        ["POST /api/v1/training/groups/{id:guid}/courses"] = AnyOf(TrainingManagers, Resource.TrainingGroup),
        ["PUT /api/v1/training/groups/{id:guid}"] = AnyOf(TrainingManagers, Resource.TrainingGroup),
        ["POST /api/v1/training/groups/{id:guid}/members"] = AnyOf(TrainingManagers, Resource.TrainingGroup),
        // Both ids take the group's id: the own company's group is a role group, which answers 409.
        ["DELETE /api/v1/training/groups/{id:guid}/members/{userId:guid}"] = AnyOf(TrainingManagers, Resource.TrainingGroup),
        ["PUT /api/v1/training/courses/{id:guid}"] = AnyOf(TrainingManagers, Resource.Course),
        ["DELETE /api/v1/training/courses/{id:guid}"] = AnyOf(TrainingManagers, Resource.Course),
        ["GET /api/v1/training/assignments"] = Anyone(),
        ["POST /api/v1/training/assignments/{id:guid}/complete"] = Anyone(Resource.Assignment),
        ["POST /api/v1/users/bulk"] = Needs(Permission.EditUsers),
        ["GET /api/v1/users/"] = Needs(Permission.ViewUsers),
        ["GET /api/v1/users/{id:guid}"] = Needs(Permission.ViewUsers, Resource.User),
        ["POST /api/v1/users/"] = Needs(Permission.EditUsers),
        ["PUT /api/v1/users/{id:guid}"] = Needs(Permission.EditUsers, Resource.User),
        ["POST /api/v1/users/{id:guid}/unlock"] = Needs(Permission.EditUsers, Resource.User),
        ["GET /api/v1/users/{id:guid}/mfa/"] = Needs(Permission.ViewUsers, Resource.User),
        ["POST /api/v1/users/{id:guid}/mfa/reset"] = Needs(Permission.EditUsers, Resource.User),
        ["GET /api/v1/licenses/"] = Needs(Permission.ViewUsers),
        ["GET /api/v1/licenses/held-by-inactive"] = Needs(Permission.ViewUsers),
        ["GET /api/v1/license-requests/"] = Needs(Permission.ViewUsers),
        ["POST /api/v1/license-requests/"] = Needs(Permission.ViewUsers),
        ["POST /api/v1/license-requests/{id:guid}/approve"] = SystemAdminOnly with { Resource = Resource.LicenseRequest },
        ["POST /api/v1/license-requests/{id:guid}/reject"] = SystemAdminOnly with { Resource = Resource.LicenseRequest },
        ["GET /api/v1/analytics/roles/"] = AnalyticsAdmin,
        ["PUT /api/v1/analytics/roles/{userId:guid}"] = AnalyticsAdmin with { Resource = Resource.User },
        ["POST /api/v1/analytics/roles/bulk"] = AnalyticsAdmin,
        ["GET /api/v1/payers/"] = Anyone(),
        ["GET /api/v1/payers/{id:guid}"] = Anyone(Resource.Payer),
        ["POST /api/v1/payers/"] = Needs(Permission.InsuranceAdmin),
        ["PUT /api/v1/payers/{id:guid}"] = Needs(Permission.InsuranceAdmin, Resource.Payer),
        ["GET /api/v1/company/settings"] = Anyone(),
        ["PUT /api/v1/company/settings"] = Needs(Permission.CompanyAdmin),
        ["GET /api/v1/clinics/{id:guid}/settings"] = Anyone(Resource.Clinic),
        ["PUT /api/v1/clinics/{id:guid}/settings"] = Needs(Permission.ClinicAdmin, Resource.Clinic),
        ["GET /api/v1/settings/effective"] = Anyone(),
        ["GET /api/v1/payers/{id:guid}/history"] = Needs(Permission.InsuranceAdmin, Resource.Payer),
        ["GET /api/v1/company/settings/history"] = Needs(Permission.CompanyAdmin),
        ["GET /api/v1/clinics/{id:guid}/settings/history"] = Needs(Permission.ClinicAdmin, Resource.Clinic),
        ["GET /api/v1/settings/review"] = AnyOf([Permission.CompanyAdmin, Permission.InsuranceAdmin]),
        ["GET /api/v1/patients/"] = Needs(Permission.ViewPatients),
        ["GET /api/v1/patients/{id:guid}"] = Needs(Permission.ViewPatients, Resource.Patient),
        ["POST /api/v1/patients/"] = Needs(Permission.EditPatients),
        ["PUT /api/v1/patients/{id:guid}"] = Needs(Permission.EditPatients, Resource.Patient),
        ["GET /api/v1/patients/{patientId:guid}/policies"] = Needs(Permission.ViewPatients, Resource.Patient),
        ["POST /api/v1/patients/{patientId:guid}/policies"] = Needs(Permission.EditPatients, Resource.Patient),
        ["PUT /api/v1/policies/{id:guid}"] = Needs(Permission.EditPatients, Resource.Policy),
        ["GET /api/v1/patients/{patientId:guid}/cases"] = Needs(Permission.ViewPatients, Resource.Patient),
        ["POST /api/v1/patients/{patientId:guid}/cases"] = Needs(Permission.EditPatients, Resource.Patient),
        ["GET /api/v1/cases/{id:guid}"] = Needs(Permission.ViewPatients, Resource.Case),
        ["PUT /api/v1/cases/{id:guid}"] = Needs(Permission.EditPatients, Resource.Case),
        ["GET /api/v1/referring-physicians/"] = Needs(Permission.ViewPatients),
        ["POST /api/v1/referring-physicians/"] = Needs(Permission.EditPatients),
        ["GET /api/v1/marketing-sources/"] = Needs(Permission.ViewPatients),
        ["POST /api/v1/marketing-sources/"] = Needs(Permission.EditPatients),
        ["GET /api/v1/patients/{id:guid}/medicare-threshold"] = Needs(Permission.ViewPatients, Resource.Patient),
        ["GET /openapi/{documentName}.json"] = Anyone(),
        ["GET /api-reference/{documentName?}"] = Anyone(),
        ["* /Index"] = Anyone(),
        ["* /"] = Anyone(),
        ["* /Logout"] = Anyone(),
        ["* /SwitchClinic"] = Anyone(),
        ["* /Organization/Clinics"] = Anyone(),
        ["* /Organization/Clinics/Index"] = Anyone(),
        ["* /Organization/Clinics/Create"] = Needs(Permission.CompanyAdmin),
        ["* /Organization/Clinics/Edit/{id:guid}"] = Needs(Permission.CompanyAdmin, Resource.Clinic),
        ["* /Organization/Company"] = Needs(Permission.CompanyAdmin),
        ["* /Organization/Company/Index"] = Needs(Permission.CompanyAdmin),
        ["* /Audit"] = Needs(Permission.ViewAuditLog),
        ["* /Audit/Index"] = Needs(Permission.ViewAuditLog),
        ["* /Audit/EmergencyAccess"] = Needs(Permission.ViewAuditLog),
        ["* /Training"] = Anyone(),
        ["* /Training/Index"] = Anyone(),
        ["* /Users/Bulk"] = AllOf([Permission.ViewUsers, Permission.EditUsers]),
        ["* /Users"] = Needs(Permission.ViewUsers),
        ["* /Users/Index"] = Needs(Permission.ViewUsers),
        ["* /Users/Edit/{id:guid?}"] = AllOf([Permission.ViewUsers, Permission.EditUsers], Resource.User),
        ["* /Users/Mfa/{id:guid}"] = AllOf([Permission.ViewUsers, Permission.EditUsers], Resource.User),
        ["* /Users/LicenseRequest"] = Needs(Permission.ViewUsers),
        ["* /Users/Unlock/{id:guid}"] = AllOf([Permission.ViewUsers, Permission.EditUsers]),
        ["POST /session/extend"] = Anyone(),
        ["* /Users/ResetPassword/{id:guid}"] = AllOf([Permission.ViewUsers, Permission.EditUsers], Resource.User),
        ["* /Account/Password"] = Anyone(),
        ["* /SystemAdmin/LicenseRequests"] = SystemAdminOnly,
        ["* /Analytics/Roles"] = AnalyticsAdmin,
        ["* /Analytics/Roles/Index"] = AnalyticsAdmin,
        ["* /Analytics/Roles/Bulk"] = AnalyticsAdmin,
        ["* /Settings/Payers"] = Needs(Permission.InsuranceAdmin),
        ["* /Settings/Payers/Index"] = Needs(Permission.InsuranceAdmin),
        ["* /Settings/Payers/Edit/{id:guid?}"] = Needs(Permission.InsuranceAdmin, Resource.Payer),
        ["* /Settings/Company"] = Needs(Permission.CompanyAdmin),
        ["* /Settings/Clinics/{id:guid}"] = Needs(Permission.ClinicAdmin, Resource.Clinic),
        ["* /Settings/Review"] = AnyOf([Permission.CompanyAdmin, Permission.InsuranceAdmin]),
        ["* /Settings/Effective"] = Anyone(),
        ["GET /api/v1/cases/{id:guid}/notes"] = Needs(Permission.ViewPatients, Resource.Case),
        ["POST /api/v1/cases/{id:guid}/notes"] = WritesNotes(Resource.Case),
        ["GET /api/v1/notes/cosign-inbox"] = Needs(Permission.ViewPatients),
        ["GET /api/v1/notes/{id:guid}"] = Needs(Permission.ViewPatients, Resource.Note),
        ["PUT /api/v1/notes/{id:guid}"] = WritesNotes(Resource.Note),
        ["GET /api/v1/notes/{id:guid}/billing"] = Needs(Permission.ViewPatients, Resource.Note),
        ["POST /api/v1/notes/{id:guid}/billing/preview"] = Needs(Permission.ViewPatients, Resource.Note),
        ["POST /api/v1/notes/{id:guid}/finalize"] = AllOf([Permission.ViewPatients, Permission.FinalizeNotes], Resource.Note),
        ["POST /api/v1/notes/{id:guid}/forward"] = AllOf([Permission.ViewPatients, Permission.ForwardNotes], Resource.Note),
        ["POST /api/v1/notes/{id:guid}/cosign"] = AllOf([Permission.ViewPatients, Permission.FinalizeNotes], Resource.Note),
        ["POST /api/v1/notes/{id:guid}/addenda"] = AllOf([Permission.ViewPatients, Permission.StartNotes], Resource.Note),
        ["* /Cases/{caseId:guid}/Notes/New"] = WritesNotes(Resource.Case),
        ["* /Notes/{id:guid}"] = Needs(Permission.ViewPatients, Resource.Note),
        ["* /Notes/Cosign"] = Needs(Permission.ViewPatients),
        ["* /Patients"] = Needs(Permission.ViewPatients),
        ["* /Patients/Index"] = Needs(Permission.ViewPatients),
        ["* /Patients/Create"] = AllOf([Permission.ViewPatients, Permission.EditPatients]),
        ["* /Patients/BreakTheGlass"] = Needs(Permission.ViewPatients),
        ["* /Patients/{id:guid}"] = Needs(Permission.ViewPatients, Resource.Patient),
        ["* /Patients/Edit/{id:guid}"] = AllOf([Permission.ViewPatients, Permission.EditPatients], Resource.Patient),
        ["* /Patients/{patientId:guid}/Cases/New"] = AllOf([Permission.ViewPatients, Permission.EditPatients], Resource.Patient),
        ["* /Cases/{id:guid}"] = Needs(Permission.ViewPatients, Resource.Case),
        ["* /Cases/{id:guid}/Edit"] = AllOf([Permission.ViewPatients, Permission.EditPatients], Resource.Case),
        ["* /ReferringPhysicians"] = Needs(Permission.ViewPatients),
        ["* /ReferringPhysicians/Index"] = Needs(Permission.ViewPatients),
        ["GET /api/v1/outcomes/instruments"] = Anyone(),
        ["POST /api/v1/notes/{id:guid}/surveys"] = WritesNotes(Resource.Note),
        ["PUT /api/v1/surveys/{id:guid}"] = WritesNotes(Resource.Survey),
        ["GET /api/v1/patients/{id:guid}/outcomes"] = Needs(Permission.ViewPatients, Resource.Patient),
        ["GET /api/v1/clinics/{id:guid}/nps"] = Needs(Permission.ViewPatients, Resource.Clinic),
        ["* /Surveys/{id:guid}/Take"] = Needs(Permission.ViewPatients, Resource.Survey),
        ["* /Surveys/Satisfaction"] = Needs(Permission.ViewPatients),
        ["* /Surveys/{id:guid}/Unlock"] = Needs(Permission.ViewPatients, Resource.Survey),
    };

    private static IEnumerable<(string Key, string Method, string Route, string ContentType)> ProtectedEndpoints(RehabAppFactory app) =>
        DenyByDefaultTests.Endpoints(app)
            .Where(e => e.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Select(e => ($"{e.Method} {e.Route}", e.Method, e.Route,
                e.Endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.FirstOrDefault() ?? "application/json"));

    [Theory, Providers]
    public void Every_protected_endpoint_has_a_row(string provider)
    {
        var missing = ProtectedEndpoints(apps[provider]).Select(e => e.Key).Distinct().Where(k => !Matrix.ContainsKey(k)).Order().ToList();
        Assert.Empty(missing);
        var stale = Matrix.Keys.Except(ProtectedEndpoints(apps[provider]).Select(e => e.Key)).ToList();
        Assert.Empty(stale);
    }

    [Theory, Providers]
    public async Task Each_role_template_is_allowed_refused_or_not_found_as_the_matrix_says(string provider)
    {
        var app = apps[provider];
        var other = await app.AddCompanyAsync(TestData.Unique("Matrix Co "), TestData.Unique("matrix-admin-"), TestData.Unique("Matrix Clinic "));
        var otherUserName = TestData.Unique("matrix-pt-");
        var otherUser = await app.AddUserAsync(otherUserName, [], companyName: other.Company.Name);
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RehabDbContext>();
            var group = await db.TrainingGroups.IgnoreQueryFilters()
                .SingleAsync(g => g.CompanyId == other.Company.Id && g.RoleTemplate == RoleTemplate.Therapist);
            db.Courses.Add(new Rehab.Data.Training.Course
            {
                CompanyId = other.Company.Id, GroupId = group.Id, Title = "Privacy basics", Link = "https://learning.example.org/privacy", DueWithinDays = 30,
            });
            return await db.SaveChangesAsync();
        });
        await EnrollAsync(app, otherUser, RoleTemplate.Therapist);
        var demoCompanyId = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().Companies.IgnoreQueryFilters()
            .Where(c => c.Name == "Desert Sun Rehab").Select(c => c.Id).SingleAsync());
        var ownPayer = await PayerAsync(app, demoCompanyId);
        var otherPayerName = TestData.Unique("Matrix Health PPO ");
        var otherPayer = await PayerAsync(app, other.Company.Id, otherPayerName);
        var ownCase = await app.AddCaseAsync();
        var otherCase = await app.AddCaseAsync(other.Clinics.Single().Name, otherPayerName, therapist: otherUserName, companyName: other.Company.Name);
        var ownIds = new Dictionary<Resource, Guid>
        {
            [Resource.Clinic] = await app.ClinicIdAsync("Phoenix Central"),
            [Resource.TrainingGroup] = await GroupAsync(app, "Desert Sun Rehab"),
            [Resource.User] = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().Users.IgnoreQueryFilters()
                .Where(u => u.UserName == "therapist").Select(u => u.Id).SingleAsync()),
            [Resource.LicenseRequest] = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().LicenseAdjustmentRequests
                .IgnoreQueryFilters().Select(r => r.Id).FirstAsync()),
            [Resource.Payer] = ownPayer,
            [Resource.Patient] = ownCase.PatientId,
            [Resource.Policy] = ownCase.PrimaryPolicyId,
            [Resource.Case] = ownCase.CaseId,
        };
        var otherIds = new Dictionary<Resource, Guid>
        {
            [Resource.Clinic] = other.Clinics.Single().Id,
            [Resource.TrainingGroup] = await GroupAsync(app, other.Company.Name),
            [Resource.Assignment] = await AssignmentAsync(app, otherUser),
            [Resource.Course] = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().Courses.IgnoreQueryFilters()
                .Where(c => c.CompanyId == other.Company.Id).Select(c => c.Id).FirstAsync()),
            [Resource.User] = otherUser,
            [Resource.LicenseRequest] = Guid.NewGuid(),
            [Resource.Payer] = otherPayer,
            [Resource.Patient] = otherCase.PatientId,
            [Resource.Policy] = otherCase.PrimaryPolicyId,
            [Resource.Case] = otherCase.CaseId,
        };
        otherIds[Resource.Note] = await app.AddNoteAsync(otherIds[Resource.Case], other.Admin.Id);
        otherIds[Resource.Survey] = await SurveyAsync(app, otherIds[Resource.Note]);
        var failures = new List<string>();
        var checkedCells = 0;

        foreach (var template in RoleTemplates.All)
        {
            var type = template.UserTypes()[0];
            var permissions = template.DefaultPermissions(type);
            var userName = TestData.Unique($"{template}-".ToLowerInvariant());
            var userId = await app.AddUserAsync(userName, [.. permissions]);
            await EnrollAsync(app, userId, template);
            ownIds[Resource.Assignment] = await AssignmentAsync(app, userId);
            var client = await app.ClientForAsync(userName);

            foreach (var (key, method, route, contentType) in ProtectedEndpoints(app).DistinctBy(e => e.Key))
            {
                var rule = Matrix[key];
                var allowed = rule.Allows(permissions);
                foreach (var company in rule.Resource == Resource.None ? ["own"] : new[] { "own", "other" })
                {
                    // a fresh course for every own-company call: an allowed role may remove it
                    if (rule.Resource == Resource.Course && company == "own")
                        ownIds[Resource.Course] = await CourseAsync(app, ownIds[Resource.TrainingGroup]);
                    // a fresh draft by the caller for every own-company call: the note's author may change, sign or forward it
                    if (rule.Resource == Resource.Note && company == "own")
                        ownIds[Resource.Note] = await app.AddNoteAsync(ownIds[Resource.Case], userId);
                    if (rule.Resource == Resource.Survey && company == "own")
                        ownIds[Resource.Survey] = await SurveyAsync(app, await app.AddNoteAsync(ownIds[Resource.Case], userId));
                    var id = rule.Resource == Resource.None ? Guid.Empty : (company == "own" ? ownIds : otherIds)[rule.Resource];
                    var status = await SendAsync(client, method, route, contentType, id);
                    checkedCells++;
                    if (key == "POST /api/v1/auth/logout") // it ends the token's sign-in: sign in again
                        client = await app.ClientForAsync(userName);
                    var expected = !allowed ? "403" : company == "other" ? "404" : "allowed";
                    var actual = status switch
                    {
                        HttpStatusCode.Forbidden => "403",
                        HttpStatusCode.NotFound => "404",
                        HttpStatusCode.Unauthorized => "401",
                        HttpStatusCode.InternalServerError => "500",
                        _ => "allowed",
                    };
                    if (actual != expected)
                        failures.Add($"{template} {key} ({company} company): expected {expected}, got {(int)status}");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.True(checkedCells >= Matrix.Count * RoleTemplates.All.Count);
    }

    private static async Task<HttpStatusCode> SendAsync(HttpClient client, string method, string route, string contentType, Guid id)
    {
        var path = System.Text.RegularExpressions.Regex.Replace(route, @"\{(?<name>[^}:?]+)[^}]*\}",
            m => m.Groups["name"].Value.EndsWith("id", StringComparison.OrdinalIgnoreCase) ? id.ToString() : "v1");
        using var request = new HttpRequestMessage(method == "*" ? HttpMethod.Get : new HttpMethod(method), path);
        if (method is "POST" or "PUT")
            request.Content = new StringContent(contentType == "application/json" ? "{}" : "", Encoding.UTF8, contentType);
        var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    private static Task<Guid> GroupAsync(RehabAppFactory app, string companyName) =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RehabDbContext>();
            var companyId = await db.Companies.IgnoreQueryFilters().Where(c => c.Name == companyName).Select(c => c.Id).SingleAsync();
            return await db.TrainingGroups.IgnoreQueryFilters().Where(g => g.CompanyId == companyId).Select(g => g.Id).FirstAsync();
        });

    private static Task<Guid> PayerAsync(RehabAppFactory app, Guid companyId, string? name = null) =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RehabDbContext>();
            var payer = new Rehab.Data.Payers.Payer { CompanyId = companyId, Name = name ?? TestData.Unique("Matrix Health PPO ") };
            db.Payers.Add(payer);
            await db.SaveChangesAsync();
            return payer.Id;
        });

    private static Task<Guid> CourseAsync(RehabAppFactory app, Guid groupId) =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RehabDbContext>();
            var group = await db.TrainingGroups.IgnoreQueryFilters().SingleAsync(g => g.Id == groupId);
            var course = new Rehab.Data.Training.Course
            {
                CompanyId = group.CompanyId, GroupId = group.Id, Title = TestData.Unique("Matrix course "), Link = "https://learning.example.org/matrix", DueWithinDays = 30,
            };
            db.Courses.Add(course);
            await db.SaveChangesAsync();
            return course.Id;
        });

    /// <summary>An LEFS survey on the note, stored directly.</summary>
    private static Task<Guid> SurveyAsync(RehabAppFactory app, Guid noteId) =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RehabDbContext>();
            var note = await db.Notes.IgnoreQueryFilters().SingleAsync(n => n.Id == noteId);
            var survey = new Rehab.Data.Outcomes.OutcomeSurvey
            {
                CompanyId = note.CompanyId, PatientId = note.PatientId, NoteId = note.Id, InstrumentCode = "LEFS",
                CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
            };
            db.OutcomeSurveys.Add(survey);
            await db.SaveChangesAsync();
            return survey.Id;
        });

    private static Task<Guid> AssignmentAsync(RehabAppFactory app, Guid userId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().TrainingAssignments.IgnoreQueryFilters()
            .Where(a => a.UserId == userId).Select(a => a.Id).FirstAsync());

    private static Task<int> EnrollAsync(RehabAppFactory app, Guid userId, RoleTemplate template) =>
        app.WithScopeAsync(async sp =>
        {
            var user = await sp.GetRequiredService<RehabDbContext>().Users.IgnoreQueryFilters().SingleAsync(u => u.Id == userId);
            foreach (var listener in sp.GetServices<IRoleTemplateListener>())
                await listener.RoleTemplateAssignedAsync(user, template, CancellationToken.None);
            return 0;
        });
}
