using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Core.Training;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Users;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Training;

public sealed class TrainingApiTests(Apps apps) : IClassFixture<Apps>
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Theory, Providers]
    public async Task A_user_given_a_role_template_gets_the_role_groups_courses_due_from_today(string provider)
    {
        var app = apps[provider];
        var userId = await app.AddUserAsync(TestData.Unique("pt-"), []);

        await app.EnrollAsync(userId, RoleTemplate.Therapist);

        var assignments = await app.AssignmentsOfAsync(userId);
        var starters = RoleGroups.StarterCourses(RoleTemplate.Therapist);
        Assert.Equal(starters.Select(c => c.Title).Order(), assignments.Select(a => a.Title).Order());
        foreach (var (title, assignedOn, dueOn) in assignments)
        {
            Assert.Equal(Today, assignedOn);
            Assert.Equal(Today.AddDays(starters.Single(c => c.Title == title).DueWithinDays!.Value), dueOn);
        }
    }

    [Theory, Providers]
    public async Task Enrolling_again_or_changing_role_keeps_earlier_assignments_and_adds_no_duplicates(string provider)
    {
        var app = apps[provider];
        var userId = await app.AddUserAsync(TestData.Unique("pt-"), []);
        await app.EnrollAsync(userId, RoleTemplate.Therapist);
        await app.EnrollAsync(userId, RoleTemplate.Therapist);
        var therapistCourses = RoleGroups.StarterCourses(RoleTemplate.Therapist).Count;
        Assert.Equal(therapistCourses, (await app.AssignmentsOfAsync(userId)).Count);

        await app.EnrollAsync(userId, RoleTemplate.Assistant);
        Assert.Equal(therapistCourses + RoleGroups.StarterCourses(RoleTemplate.Assistant).Count, (await app.AssignmentsOfAsync(userId)).Count);

        var groups = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().TrainingGroupMembers.IgnoreQueryFilters()
            .Where(m => m.UserId == userId)
            .Join(sp.GetRequiredService<RehabDbContext>().TrainingGroups.IgnoreQueryFilters(), m => m.GroupId, g => g.Id, (m, g) => g.RoleTemplate)
            .ToListAsync());
        Assert.Equal([RoleTemplate.Assistant], groups);
    }

    [Theory, Providers]
    public async Task The_assignee_completes_a_course_and_completing_again_keeps_the_date(string provider)
    {
        var app = apps[provider];
        var userName = TestData.Unique("pt-");
        var userId = await app.AddUserAsync(userName, []);
        await app.EnrollAsync(userId, RoleTemplate.FrontOffice);
        var api = await app.ClientForAsync(userName);

        var mine = await api.GetFromJsonAsync<JsonElement>("/api/v1/training/assignments");
        Assert.Equal(RoleGroups.StarterCourses(RoleTemplate.FrontOffice).Count, mine.GetArrayLength());
        var id = mine[0].GetProperty("id").GetGuid();

        var first = await api.PostAsync($"/api/v1/training/assignments/{id}/complete", null);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var completion = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Today.ToString("yyyy-MM-dd"), completion.GetProperty("completedOn").GetString());
        Assert.False(completion.GetProperty("alreadyCompleted").GetBoolean());

        var again = await (await api.PostAsync($"/api/v1/training/assignments/{id}/complete", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(again.GetProperty("alreadyCompleted").GetBoolean());
        Assert.Equal(Today.ToString("yyyy-MM-dd"), again.GetProperty("completedOn").GetString());
        var stored = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().TrainingAssignments.IgnoreQueryFilters().SingleAsync(a => a.Id == id));
        Assert.Equal(Today, stored.CompletedOn);
        Assert.Equal(userId, stored.CompletedBy);
    }

    [Theory, Providers]
    public async Task The_overdue_list_of_a_clinic_holds_its_users_past_due_required_courses(string provider)
    {
        var app = apps[provider];
        var denver = await app.ClinicIdAsync("Denver Highlands");
        var phoenix = await app.ClinicIdAsync("Phoenix Central");
        var late = await app.AddUserAsync(TestData.Unique("late-"), []);
        var onTime = await app.AddUserAsync(TestData.Unique("ontime-"), []);
        await app.EnrollAsync(late, RoleTemplate.Biller, denver);
        await app.EnrollAsync(onTime, RoleTemplate.Biller, denver);
        var overdueId = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RehabDbContext>();
            var assignments = await db.TrainingAssignments.IgnoreQueryFilters().Where(a => a.UserId == late).OrderBy(a => a.Id).ToListAsync();
            assignments[0].DueOn = Today.AddDays(-3);
            assignments[1].DueOn = Today.AddDays(-1);
            assignments[1].CompletedOn = Today.AddDays(-2);
            await db.SaveChangesAsync();
            return assignments[0].Id;
        });
        var admin = await app.ClientForAsync("admin");

        var overdue = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/training/assignments?clinicId={denver}&overdue=true");
        var row = Assert.Single(overdue.EnumerateArray());
        Assert.Equal(overdueId, row.GetProperty("id").GetGuid());
        Assert.Equal(3, row.GetProperty("daysOverdue").GetInt32());
        Assert.Equal("Denver Highlands", row.GetProperty("homeClinicName").GetString());

        var all = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/training/assignments?clinicId={denver}");
        Assert.True(all.GetArrayLength() >= 4);
        var phoenixOverdue = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/training/assignments?clinicId={phoenix}&overdue=true");
        Assert.DoesNotContain(phoenixOverdue.EnumerateArray(), a => a.GetProperty("id").GetGuid() == overdueId);
    }

    [Theory, Providers]
    public async Task An_administrator_adds_a_group_and_a_course_that_reaches_the_groups_members(string provider)
    {
        var app = apps[provider];
        var admin = await app.ClientForAsync("admin");
        var name = TestData.Unique("Aquatics ");

        var created = await admin.PostAsJsonAsync("/api/v1/training/groups", new
        {
            name,
            courses = new[] { new { title = "Pool safety", link = "https://learning.example.org/pool", isRequired = true, dueWithinDays = 10 } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var group = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Pool safety", group.GetProperty("courses")[0].GetProperty("title").GetString());
        var again = await admin.PostAsJsonAsync("/api/v1/training/groups", new { name });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        var student = await app.AddUserAsync(TestData.Unique("spt-"), []);
        await app.EnrollAsync(student, RoleTemplate.Student);
        var groups = await admin.GetFromJsonAsync<JsonElement>("/api/v1/training/groups");
        var studentGroup = groups.EnumerateArray().Single(g => g.GetProperty("roleTemplate").GetString() == "Student").GetProperty("id").GetGuid();
        var title = TestData.Unique("Gait training ");
        var course = await admin.PostAsJsonAsync($"/api/v1/training/groups/{studentGroup}/courses",
            new { title, link = "https://learning.example.org/gait", isRequired = true, dueWithinDays = 7 });
        Assert.Equal(HttpStatusCode.Created, course.StatusCode);

        var assignment = Assert.Single(await app.AssignmentsOfAsync(student), a => a.Title == title);
        Assert.Equal(Today.AddDays(7), assignment.DueOn);
    }

    [Theory, Providers]
    public async Task Course_rules_are_named_per_field(string provider)
    {
        var app = apps[provider];
        var admin = await app.ClientForAsync("admin");

        var response = await admin.PostAsJsonAsync("/api/v1/training/groups", new
        {
            name = TestData.Unique("Bad "),
            courses = new[] { new { title = "", link = "ftp://files.example.org/x", isRequired = true, dueWithinDays = 400 } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("courses[0].title", out _));
        Assert.True(errors.TryGetProperty("courses[0].link", out _));
        Assert.True(errors.TryGetProperty("courses[0].dueWithinDays", out _));

        var role = await admin.PostAsJsonAsync("/api/v1/training/groups", new { name = TestData.Unique("Odd "), roleTemplate = "Janitor" });
        Assert.Equal(HttpStatusCode.BadRequest, role.StatusCode);
        Assert.True((await role.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("roleTemplate", out _));
        var taken = await admin.PostAsJsonAsync("/api/v1/training/groups", new { name = TestData.Unique("Billers "), roleTemplate = "Biller" });
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
    }

    [Theory, Providers]
    public async Task A_user_without_user_rights_sees_only_their_own_training(string provider)
    {
        var app = apps[provider];
        var userName = TestData.Unique("pta-");
        var userId = await app.AddUserAsync(userName, [Permission.ViewPatients]);
        var other = await app.AddUserAsync(TestData.Unique("pt-"), []);
        await app.EnrollAsync(other, RoleTemplate.Therapist);
        var otherAssignment = (await app.AssignmentIdsOfAsync(other))[0];
        var denver = await app.ClinicIdAsync("Denver Highlands");
        var api = await app.ClientForAsync(userName);

        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsJsonAsync("/api/v1/training/groups", new { name = "Mine" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/training/groups")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync($"/api/v1/training/assignments?clinicId={denver}&overdue=true")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync($"/api/v1/training/assignments?userId={other}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsync($"/api/v1/training/assignments/{otherAssignment}/complete", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/training/assignments?userId={userId}")).StatusCode);
    }

    [Theory, Providers]
    public async Task Another_companys_groups_clinics_and_assignments_answer_404(string provider)
    {
        var app = apps[provider];
        var userId = await app.AddUserAsync(TestData.Unique("pt-"), []);
        await app.EnrollAsync(userId, RoleTemplate.Therapist);
        var assignment = (await app.AssignmentIdsOfAsync(userId))[0];
        var admin = await app.ClientForAsync("admin");
        var group = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/training/groups"))[0].GetProperty("id").GetGuid();
        var denver = await app.ClinicIdAsync("Denver Highlands");

        var outsider = TestData.Unique("tundra-admin-");
        await app.AddCompanyAsync(TestData.Unique("Tundra Rehab "), outsider, TestData.Unique("Tundra Clinic "));
        var other = await app.ClientForAsync(outsider);

        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/v1/training/assignments/{assignment}/complete", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/v1/training/groups/{group}/courses",
            new { title = "Takeover", link = "https://learning.example.org/x", isRequired = true, dueWithinDays = 5 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/training/assignments?clinicId={denver}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/training/assignments?userId={userId}")).StatusCode);
        var theirGroups = await other.GetFromJsonAsync<JsonElement>("/api/v1/training/groups");
        Assert.Equal(RoleTemplates.All.Count, theirGroups.GetArrayLength());
        Assert.All(theirGroups.EnumerateArray(), g => Assert.Empty(g.GetProperty("courses").EnumerateArray()));
        Assert.DoesNotContain(theirGroups.EnumerateArray(), g => g.GetProperty("id").GetGuid() == group);
        var stored = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().TrainingAssignments.IgnoreQueryFilters().SingleAsync(a => a.Id == assignment));
        Assert.Null(stored.CompletedOn);
    }
}

internal static class TrainingTestData
{
    /// <summary>Gives the user a role template the way the User Manager does: through the listener, in one unit of work.</summary>
    public static Task EnrollAsync(this RehabAppFactory app, Guid userId, RoleTemplate template, Guid? homeClinicId = null) =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RehabDbContext>();
            var user = await db.Users.IgnoreQueryFilters().SingleAsync(u => u.Id == userId);
            user.RoleTemplate = template;
            if (homeClinicId is not null)
                user.HomeClinicId = homeClinicId;
            await sp.GetRequiredService<IRoleTemplateListener>().RoleTemplateAssignedAsync(user, template, CancellationToken.None);
            await db.SaveChangesAsync();
            return true;
        });

    public static Task<List<(string Title, DateOnly AssignedOn, DateOnly DueOn)>> AssignmentsOfAsync(this RehabAppFactory app, Guid userId) =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RehabDbContext>();
            var rows = await db.TrainingAssignments.IgnoreQueryFilters().Where(a => a.UserId == userId)
                .Join(db.Courses.IgnoreQueryFilters(), a => a.CourseId, c => c.Id, (a, c) => new { c.Title, a.AssignedOn, a.DueOn })
                .ToListAsync();
            return rows.Select(r => (r.Title, r.AssignedOn, r.DueOn)).ToList();
        });

    public static Task<List<Guid>> AssignmentIdsOfAsync(this RehabAppFactory app, Guid userId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().TrainingAssignments.IgnoreQueryFilters()
            .Where(a => a.UserId == userId).Select(a => a.Id).ToListAsync());
}
