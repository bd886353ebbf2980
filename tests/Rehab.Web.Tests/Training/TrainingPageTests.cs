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
}
