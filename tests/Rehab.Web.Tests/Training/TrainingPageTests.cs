using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Training;

public sealed class TrainingPageTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, Providers]
    public async Task A_user_sees_their_courses_and_marks_one_completed(string provider)
    {
        var app = apps[provider];
        var userName = TestData.Unique("pt-");
        var userId = await app.AddUserAsync(userName, []);
        await app.EnrollAsync(userId, RoleTemplate.Therapist);
        var assignment = (await app.AssignmentIdsOfAsync(userId))[0];
        var page = await PageClient.SignInAsync(app, userName);

        var html = await page.Http.GetStringAsync("/Training");
        Assert.Contains("HIPAA privacy and security basics", html);
        Assert.DoesNotContain("Add a course", html);

        var response = await page.PostFormAsync("/Training?handler=Complete", new() { ["assignmentId"] = assignment.ToString() }, formPage: "/Training");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().TrainingAssignments.IgnoreQueryFilters().SingleAsync(a => a.Id == assignment));
        Assert.NotNull(stored.CompletedOn);

        var denied = await page.PostFormAsync("/Training?handler=AddGroup", new() { ["Group.Name"] = "Mine" }, formPage: "/Training");
        Assert.Contains("/Denied", denied.Headers.Location?.ToString());
    }

    [Theory, Providers]
    public async Task An_administrator_adding_a_course_with_a_bad_link_is_told_which_field_is_wrong(string provider)
    {
        var app = apps[provider];
        var admin = await PageClient.SignInAsync(app, "admin");
        var html = await admin.Http.GetStringAsync("/Training");
        Assert.Contains("Overdue by clinic", html);
        var groupId = System.Text.RegularExpressions.Regex.Match(html, "<option value=\"([0-9a-f-]{36})\">Therapist</option>").Groups[1].Value;

        var response = await admin.PostFormAsync("/Training?handler=AddCourse", new()
        {
            ["Course.GroupId"] = groupId, ["Course.Title"] = "Manual therapy", ["Course.Link"] = "not a link", ["Course.DueWithinDays"] = "30",
            ["Course.IsRequired"] = "true",
        }, formPage: "/Training");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("<title>Error: Training", body);
        Assert.Contains("href=\"#course-link\"", body);

        var added = await admin.PostFormAsync("/Training?handler=AddCourse", new()
        {
            ["Course.GroupId"] = groupId, ["Course.Title"] = TestData.Unique("Manual therapy "), ["Course.Link"] = "https://learning.example.org/manual",
            ["Course.DueWithinDays"] = "30", ["Course.IsRequired"] = "true",
        }, formPage: "/Training");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
    }

    [Theory, Providers]
    public async Task An_administrator_manages_a_group_and_its_courses_with_plain_forms(string provider)
    {
        var app = apps[provider];
        var admin = await PageClient.SignInAsync(app, "admin");
        var name = TestData.Unique("Aquatics ");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/Training?handler=AddGroup", new() { ["Group.Name"] = name }, formPage: "/Training")).StatusCode);
        var (groupId, userId) = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RehabDbContext>();
            return (await db.TrainingGroups.IgnoreQueryFilters().Where(g => g.Name == name).Select(g => g.Id).SingleAsync(), Guid.Empty);
        });
        userId = await app.AddUserAsync(TestData.Unique("pt-"), []);
        var html = await admin.Http.GetStringAsync("/Training");
        Assert.Contains($"for=\"group-{groupId}-userId\"", html);
        Assert.Contains($"for=\"group-{groupId}-name\"", html);

        var blank = await admin.PostFormAsync("/Training?handler=RenameGroup", new() { ["Rename.GroupId"] = groupId.ToString(), ["Rename.Name"] = " " }, formPage: "/Training");
        Assert.Equal(HttpStatusCode.OK, blank.StatusCode);
        var body = await blank.Content.ReadAsStringAsync();
        Assert.Contains("<title>Error: Training", body);
        Assert.Contains($"href=\"#group-{groupId}-name\"", body);
        Assert.Contains($"id=\"group-{groupId}-name-error\"", body);

        var noUser = await admin.PostFormAsync("/Training?handler=AddMember", new() { ["Member.GroupId"] = groupId.ToString(), ["Member.UserId"] = "" }, formPage: "/Training");
        Assert.Contains($"href=\"#group-{groupId}-userId\"", await noUser.Content.ReadAsStringAsync());
        var added = await admin.PostFormAsync("/Training?handler=AddMember", new() { ["Member.GroupId"] = groupId.ToString(), ["Member.UserId"] = userId.ToString() }, formPage: "/Training");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.True(await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().TrainingGroupMembers.IgnoreQueryFilters().AnyAsync(m => m.GroupId == groupId && m.UserId == userId)));

        var courseTitle = TestData.Unique("Pool safety ");
        await admin.PostFormAsync("/Training?handler=AddCourse", new()
        {
            ["Course.GroupId"] = groupId.ToString(), ["Course.Title"] = courseTitle, ["Course.Link"] = "https://learning.example.org/pool",
            ["Course.DueWithinDays"] = "10", ["Course.IsRequired"] = "true",
        }, formPage: "/Training");
        var courseId = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().Courses.IgnoreQueryFilters().Where(c => c.Title == courseTitle).Select(c => c.Id).SingleAsync());
        var badLink = await admin.PostFormAsync("/Training?handler=ChangeCourse", new()
        {
            ["Edit.CourseId"] = courseId.ToString(), ["Edit.Title"] = courseTitle, ["Edit.Link"] = "not a link", ["Edit.DueWithinDays"] = "10", ["Edit.IsRequired"] = "true",
        }, formPage: "/Training");
        Assert.Contains($"href=\"#course-{courseId}-link\"", await badLink.Content.ReadAsStringAsync());
        var saved = await admin.PostFormAsync("/Training?handler=ChangeCourse", new()
        {
            ["Edit.CourseId"] = courseId.ToString(), ["Edit.Title"] = courseTitle, ["Edit.Link"] = "https://learning.example.org/pool-2", ["Edit.DueWithinDays"] = "20", ["Edit.IsRequired"] = "false",
        }, formPage: "/Training");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var course = await app.WithScopeAsync(sp => sp.GetRequiredService<RehabDbContext>().Courses.IgnoreQueryFilters().SingleAsync(c => c.Id == courseId));
        Assert.Equal((20, false), (course.DueWithinDays, course.IsRequired));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/Training?handler=RemoveCourse", new() { ["courseId"] = courseId.ToString() }, formPage: "/Training")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/Training?handler=RemoveMember",
            new() { ["groupId"] = groupId.ToString(), ["userId"] = userId.ToString() }, formPage: "/Training")).StatusCode);
        Assert.Empty(await app.AssignmentIdsOfAsync(userId));
        var renamed = TestData.Unique("Pool therapy ");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/Training?handler=RenameGroup",
            new() { ["Rename.GroupId"] = groupId.ToString(), ["Rename.Name"] = renamed }, formPage: "/Training")).StatusCode);
        Assert.Contains(renamed, await admin.Http.GetStringAsync("/Training"));
    }

    [Theory, Providers]
    public async Task A_user_without_user_rights_cannot_post_the_management_forms(string provider)
    {
        var app = apps[provider];
        var userName = TestData.Unique("pt-");
        await app.AddUserAsync(userName, [Permission.ViewUsers]);
        var page = await PageClient.SignInAsync(app, userName);
        var html = await page.Http.GetStringAsync("/Training");
        Assert.DoesNotContain("Rename group", html);
        foreach (var handler in new[] { "RenameGroup", "ChangeCourse", "RemoveCourse", "AddMember", "RemoveMember" })
        {
            var denied = await page.PostFormAsync($"/Training?handler={handler}", new() { ["courseId"] = Guid.NewGuid().ToString() }, formPage: "/Training");
            Assert.Contains("/Denied", denied.Headers.Location?.ToString());
        }
    }
}
