using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Training;

public sealed class TrainingManagementTests(Apps apps) : IClassFixture<Apps>
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private static async Task<(Guid GroupId, Guid CourseId)> NewGroupAsync(HttpClient admin, string name, int dueWithinDays = 10)
    {
        var created = await admin.PostAsJsonAsync("/api/v1/training/groups", new
        {
            name,
            courses = new[] { new { title = "Pool safety", link = "https://learning.example.org/pool", isRequired = true, dueWithinDays } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var group = await created.Content.ReadFromJsonAsync<JsonElement>();
        return (group.GetProperty("id").GetGuid(), group.GetProperty("courses")[0].GetProperty("id").GetGuid());
    }

    private static Task<List<Rehab.Data.Training.TrainingAssignment>> AssignmentsAsync(RehabAppFactory app, Guid userId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().TrainingAssignments.IgnoreQueryFilters()
            .Where(a => a.UserId == userId).ToListAsync());

    [Theory, Providers]
    public async Task An_administrator_renames_a_group_and_names_stay_unique(string provider)
    {
        var app = apps[provider];
        var admin = await app.ClientForAsync("admin");
        var (groupId, _) = await NewGroupAsync(admin, TestData.Unique("Aquatics "));
        var other = TestData.Unique("Wound care ");
        await NewGroupAsync(admin, other);

        var newName = TestData.Unique("Pool therapy ");
        var renamed = await admin.PutAsJsonAsync($"/api/v1/training/groups/{groupId}", new { name = "  " + newName + " " });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var body = await renamed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(newName, body.GetProperty("name").GetString());
        Assert.Equal(1, body.GetProperty("courses").GetArrayLength());

        var taken = await admin.PutAsJsonAsync($"/api/v1/training/groups/{groupId}", new { name = other });
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal("application/problem+json", taken.Content.Headers.ContentType?.MediaType);
        Assert.True((await taken.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("name", out _));
        var empty = await admin.PutAsJsonAsync($"/api/v1/training/groups/{groupId}", new { name = "" });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.True((await empty.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("name", out _));
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/v1/training/groups/{groupId}", new { name = newName })).StatusCode);
    }

    [Theory, Providers]
    public async Task Members_join_and_leave_a_group_without_a_role_keeping_completed_courses(string provider)
    {
        var app = apps[provider];
        var admin = await app.ClientForAsync("admin");
        var (groupId, courseId) = await NewGroupAsync(admin, TestData.Unique("Aquatics "), dueWithinDays: 12);
        var second = await admin.PostAsJsonAsync($"/api/v1/training/groups/{groupId}/courses",
            new { title = "Lifeguard refresher", link = "https://learning.example.org/lifeguard", isRequired = false, dueWithinDays = 20 });
        var secondId = (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var userId = await app.AddUserAsync(TestData.Unique("pt-"), []);

        var added = await admin.PostAsJsonAsync($"/api/v1/training/groups/{groupId}/members", new { userId });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(2, (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("assignmentsAdded").GetInt32());
        var again = await admin.PostAsJsonAsync($"/api/v1/training/groups/{groupId}/members", new { userId });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True((await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("alreadyMember").GetBoolean());
        var assignments = await AssignmentsAsync(app, userId);
        Assert.Equal(2, assignments.Count);
        Assert.Equal(Today.AddDays(12), assignments.Single(a => a.CourseId == courseId).DueOn);
        var groups = await admin.GetFromJsonAsync<JsonElement>("/api/v1/training/groups");
        Assert.Equal(1, groups.EnumerateArray().Single(g => g.GetProperty("id").GetGuid() == groupId).GetProperty("memberCount").GetInt32());

        var done = assignments.Single(a => a.CourseId == courseId).Id;
        var user = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().Users.IgnoreQueryFilters().Where(u => u.Id == userId).Select(u => u.UserName).SingleAsync());
        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientForAsync(user!)).PostAsync($"/api/v1/training/assignments/{done}/complete", null)).StatusCode);

        var removed = await admin.DeleteAsync($"/api/v1/training/groups/{groupId}/members/{userId}");
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        var left = Assert.Single(await AssignmentsAsync(app, userId));
        Assert.Equal(done, left.Id);
        Assert.DoesNotContain(await AssignmentsAsync(app, userId), a => a.CourseId == secondId);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/api/v1/training/groups/{groupId}/members/{userId}")).StatusCode);

        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync($"/api/v1/training/groups/{groupId}/members", new { userId })).StatusCode);
        Assert.Equal(2, (await AssignmentsAsync(app, userId)).Count);
        var missing = await admin.PostAsJsonAsync($"/api/v1/training/groups/{groupId}/members", new { });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.True((await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("userId", out _));
    }

    [Theory, Providers]
    public async Task A_role_groups_members_come_from_role_templates_only(string provider)
    {
        var app = apps[provider];
        var admin = await app.ClientForAsync("admin");
        var userId = await app.AddUserAsync(TestData.Unique("pt-"), []);
        await app.EnrollAsync(userId, RoleTemplate.Therapist);
        var groups = await admin.GetFromJsonAsync<JsonElement>("/api/v1/training/groups");
        var therapists = groups.EnumerateArray().Single(g => g.GetProperty("roleTemplate").GetString() == "Therapist").GetProperty("id").GetGuid();
        var other = await app.AddUserAsync(TestData.Unique("pt-"), []);

        var add = await admin.PostAsJsonAsync($"/api/v1/training/groups/{therapists}/members", new { userId = other });
        Assert.Equal(HttpStatusCode.Conflict, add.StatusCode);
        Assert.Contains("role template", (await add.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Empty(await AssignmentsAsync(app, other));
        var remove = await admin.DeleteAsync($"/api/v1/training/groups/{therapists}/members/{userId}");
        Assert.Equal(HttpStatusCode.Conflict, remove.StatusCode);
        Assert.NotEmpty(await AssignmentsAsync(app, userId));
    }

    [Theory, Providers]
    public async Task Changing_a_course_moves_open_due_dates_and_keeps_completed_ones(string provider)
    {
        var app = apps[provider];
        var admin = await app.ClientForAsync("admin");
        var (groupId, courseId) = await NewGroupAsync(admin, TestData.Unique("Aquatics "), dueWithinDays: 10);
        var open = await app.AddUserAsync(TestData.Unique("pt-"), []);
        var finished = await app.AddUserAsync(TestData.Unique("pt-"), []);
        foreach (var user in new[] { open, finished })
            await admin.PostAsJsonAsync($"/api/v1/training/groups/{groupId}/members", new { userId = user });
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RehabDbContext>();
            foreach (var a in await db.TrainingAssignments.IgnoreQueryFilters().Where(a => a.CourseId == courseId).ToListAsync())
            {
                a.AssignedOn = Today.AddDays(-5);
                a.DueOn = Today.AddDays(5);
                if (a.UserId == finished)
                    a.CompletedOn = Today.AddDays(-1);
            }
            return await db.SaveChangesAsync();
        });
        var title = TestData.Unique("Pool safety ");

        var changed = await admin.PutAsJsonAsync($"/api/v1/training/courses/{courseId}",
            new { title, link = "https://learning.example.org/pool-2", isRequired = false, dueWithinDays = 30 });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var body = await changed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(title, body.GetProperty("title").GetString());
        Assert.False(body.GetProperty("isRequired").GetBoolean());
        Assert.Equal(Today.AddDays(25), (await AssignmentsAsync(app, open)).Single().DueOn);
        Assert.Equal(Today.AddDays(5), (await AssignmentsAsync(app, finished)).Single().DueOn);

        var bad = await admin.PutAsJsonAsync($"/api/v1/training/courses/{courseId}", new { title = "", link = "ftp://x", isRequired = true, dueWithinDays = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("title", out _));
        Assert.True(errors.TryGetProperty("link", out _));
        Assert.True(errors.TryGetProperty("dueWithinDays", out _));
        await admin.PostAsJsonAsync($"/api/v1/training/groups/{groupId}/courses",
            new { title = "Lifeguard refresher", link = "https://learning.example.org/lifeguard", isRequired = true, dueWithinDays = 20 });
        var clash = await admin.PutAsJsonAsync($"/api/v1/training/courses/{courseId}",
            new { title = "Lifeguard refresher", link = "https://learning.example.org/pool", isRequired = true, dueWithinDays = 20 });
        Assert.Equal(HttpStatusCode.Conflict, clash.StatusCode);
    }

    [Theory, Providers]
    public async Task Removing_a_course_drops_open_assignments_and_keeps_completed_ones_as_history(string provider)
    {
        var app = apps[provider];
        var admin = await app.ClientForAsync("admin");
        var (groupId, courseId) = await NewGroupAsync(admin, TestData.Unique("Aquatics "));
        var open = await app.AddUserAsync(TestData.Unique("pt-"), []);
        var finishedName = TestData.Unique("pt-");
        var finished = await app.AddUserAsync(finishedName, []);
        foreach (var user in new[] { open, finished })
            await admin.PostAsJsonAsync($"/api/v1/training/groups/{groupId}/members", new { userId = user });
        var finishedClient = await app.ClientForAsync(finishedName);
        var done = (await AssignmentsAsync(app, finished)).Single().Id;
        await finishedClient.PostAsync($"/api/v1/training/assignments/{done}/complete", null);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/training/courses/{courseId}")).StatusCode);

        Assert.Empty(await AssignmentsAsync(app, open));
        var history = await finishedClient.GetFromJsonAsync<JsonElement>("/api/v1/training/assignments");
        var row = Assert.Single(history.EnumerateArray());
        Assert.Equal("Pool safety", row.GetProperty("courseTitle").GetString());
        Assert.Equal(Today.ToString("yyyy-MM-dd"), row.GetProperty("completedOn").GetString());
        var groups = await admin.GetFromJsonAsync<JsonElement>("/api/v1/training/groups");
        Assert.Empty(groups.EnumerateArray().Single(g => g.GetProperty("id").GetGuid() == groupId).GetProperty("courses").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/api/v1/training/courses/{courseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync($"/api/v1/training/courses/{courseId}",
            new { title = "Pool safety", link = "https://learning.example.org/pool", isRequired = true, dueWithinDays = 5 })).StatusCode);

        // The title is free again, and a member joining later does not get the removed course.
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync($"/api/v1/training/groups/{groupId}/courses",
            new { title = "Pool safety", link = "https://learning.example.org/pool", isRequired = true, dueWithinDays = 5 })).StatusCode);
        var late = await app.AddUserAsync(TestData.Unique("pt-"), []);
        await admin.PostAsJsonAsync($"/api/v1/training/groups/{groupId}/members", new { userId = late });
        Assert.NotEqual(courseId, Assert.Single(await AssignmentsAsync(app, late)).CourseId);

        var (_, unused) = await NewGroupAsync(admin, TestData.Unique("Empty "));
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/training/courses/{unused}")).StatusCode);
        Assert.False(await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().Courses.IgnoreQueryFilters().AnyAsync(c => c.Id == unused)));
    }

    [Theory, Providers]
    public async Task A_user_without_user_rights_may_not_change_groups_or_courses(string provider)
    {
        var app = apps[provider];
        var admin = await app.ClientForAsync("admin");
        var (groupId, courseId) = await NewGroupAsync(admin, TestData.Unique("Aquatics "));
        var userName = TestData.Unique("pta-");
        var userId = await app.AddUserAsync(userName, [Permission.ViewUsers]);
        var api = await app.ClientForAsync(userName);

        Assert.Equal(HttpStatusCode.Forbidden, (await api.PutAsJsonAsync($"/api/v1/training/groups/{groupId}", new { name = "Mine" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsJsonAsync($"/api/v1/training/groups/{groupId}/members", new { userId })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.DeleteAsync($"/api/v1/training/groups/{groupId}/members/{userId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PutAsJsonAsync($"/api/v1/training/courses/{courseId}",
            new { title = "Mine", link = "https://learning.example.org/x", isRequired = true, dueWithinDays = 5 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.DeleteAsync($"/api/v1/training/courses/{courseId}")).StatusCode);
        Assert.Empty(await AssignmentsAsync(app, userId));
        Assert.True(await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().Courses.IgnoreQueryFilters().AnyAsync(c => c.Id == courseId)));
    }

    [Theory, Providers]
    public async Task Another_companys_groups_courses_and_users_answer_404(string provider)
    {
        var app = apps[provider];
        var admin = await app.ClientForAsync("admin");
        var (groupId, courseId) = await NewGroupAsync(admin, TestData.Unique("Aquatics "));
        var ours = await app.AddUserAsync(TestData.Unique("pt-"), []);
        await admin.PostAsJsonAsync($"/api/v1/training/groups/{groupId}/members", new { userId = ours });

        var company = TestData.Unique("Tundra Rehab ");
        var outsiderName = TestData.Unique("tundra-admin-");
        await app.AddCompanyAsync(company, outsiderName, TestData.Unique("Tundra Clinic "));
        var theirUser = await app.AddUserAsync(TestData.Unique("tundra-pt-"), [], companyName: company);
        var other = await app.ClientForAsync(outsiderName);
        var (theirGroup, _) = await NewGroupAsync(other, TestData.Unique("Ice "));

        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/api/v1/training/groups/{groupId}", new { name = "Takeover" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/v1/training/groups/{groupId}/members", new { userId = theirUser })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/api/v1/training/groups/{groupId}/members/{ours}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/api/v1/training/courses/{courseId}",
            new { title = "Takeover", link = "https://learning.example.org/x", isRequired = true, dueWithinDays = 5 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/api/v1/training/courses/{courseId}")).StatusCode);
        var crossUser = await other.PostAsJsonAsync($"/api/v1/training/groups/{theirGroup}/members", new { userId = ours });
        Assert.Equal(HttpStatusCode.NotFound, crossUser.StatusCode);
        Assert.Equal("application/problem+json", crossUser.Content.Headers.ContentType?.MediaType);

        Assert.Single(await AssignmentsAsync(app, ours));
        var groups = await admin.GetFromJsonAsync<JsonElement>("/api/v1/training/groups");
        var group = groups.EnumerateArray().Single(g => g.GetProperty("id").GetGuid() == groupId);
        Assert.Equal(1, group.GetProperty("memberCount").GetInt32());
        Assert.Equal("Pool safety", group.GetProperty("courses")[0].GetProperty("title").GetString());
    }
}
