using Rehab.Core.Training;
using Rehab.Core.Users;

namespace Rehab.Core.Tests.Training;

public sealed class TrainingRuleTests
{
    private static CourseDetails Valid() => new("HIPAA privacy and security basics", "https://learning.example.org/hipaa", true, 14);

    [Fact]
    public void A_complete_course_is_valid() => Assert.True(Valid().Validate().IsValid);

    [Theory]
    [InlineData(null, "title")]
    [InlineData(" ", "title")]
    public void A_course_needs_a_title(string? title, string field) =>
        Assert.Contains(field, (Valid() with { Title = title }).Validate().ToDictionary().Keys);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("learning.example.org/hipaa")]
    [InlineData("/courses/hipaa")]
    [InlineData("ftp://learning.example.org/hipaa")]
    [InlineData("javascript:alert(1)")]
    [InlineData("mailto:training@example.org")]
    public void A_course_link_must_be_a_full_web_address(string? link)
    {
        var errors = (Valid() with { Link = link }).Validate().ToDictionary();
        Assert.Equal(["link"], errors.Keys);
    }

    [Theory]
    [InlineData("http://intranet.example.org/course")]
    [InlineData("https://learning.example.org/course?id=7")]
    public void Http_and_https_links_are_accepted(string link) => Assert.True((Valid() with { Link = link }).Validate().IsValid);

    [Theory]
    [InlineData(null, false)]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(365, true)]
    [InlineData(366, false)]
    [InlineData(-5, false)]
    public void Due_within_is_one_to_365_days(int? days, bool valid) =>
        Assert.Equal(valid, (Valid() with { DueWithinDays = days }).Validate().IsValid);

    [Fact]
    public void A_group_names_each_bad_course_by_its_position()
    {
        var errors = new TrainingGroupDetails("", null, [Valid(), Valid() with { Link = "nope" }]).Validate().ToDictionary();
        Assert.Contains("name", errors.Keys);
        Assert.Contains("courses[1].link", errors.Keys);
        Assert.DoesNotContain("courses[0].link", errors.Keys);
        Assert.Contains("courses", errors.Keys);
    }

    [Fact]
    public void The_due_date_counts_days_from_the_day_assigned_across_month_and_year_ends()
    {
        Assert.Equal(new DateOnly(2026, 3, 14), TrainingSchedule.DueOn(new DateOnly(2026, 2, 28), 14));
        Assert.Equal(new DateOnly(2027, 1, 30), TrainingSchedule.DueOn(new DateOnly(2026, 12, 31), 30));
        Assert.Equal(new DateOnly(2028, 3, 1), TrainingSchedule.DueOn(new DateOnly(2028, 2, 28), 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => TrainingSchedule.DueOn(new DateOnly(2026, 1, 1), 0));
    }

    [Theory]
    [InlineData("2026-03-14", null, true, "2026-03-14", false, 0)]
    [InlineData("2026-03-14", null, true, "2026-03-15", true, 1)]
    [InlineData("2026-03-14", null, true, "2026-04-13", true, 30)]
    [InlineData("2026-03-14", "2026-03-20", true, "2026-04-13", false, 0)]
    [InlineData("2026-03-14", null, false, "2026-04-13", false, 0)]
    public void A_required_course_is_overdue_after_its_due_day_until_completed(
        string dueOn, string? completedOn, bool required, string today, bool overdue, int days)
    {
        var due = DateOnly.Parse(dueOn, System.Globalization.CultureInfo.InvariantCulture);
        DateOnly? done = completedOn is null ? null : DateOnly.Parse(completedOn, System.Globalization.CultureInfo.InvariantCulture);
        var now = DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(overdue, TrainingSchedule.IsOverdue(due, done, required, now));
        Assert.Equal(days, TrainingSchedule.DaysOverdue(due, done, required, now));
    }

    [Fact]
    public void Today_is_the_utc_date_of_the_clock()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 6, 30, 23, 30, 0, TimeSpan.FromHours(-7)));
        Assert.Equal(new DateOnly(2026, 7, 1), TrainingSchedule.Today(clock));
    }

    [Fact]
    public void Every_role_template_has_a_group_named_for_it_with_valid_starter_courses()
    {
        Assert.Equal(RoleTemplates.All.Count, RoleTemplates.All.Select(RoleGroups.GroupName).Distinct().Count());
        Assert.Equal("Clinic Director", RoleGroups.GroupName(RoleTemplate.ClinicDirector));
        foreach (var template in RoleTemplates.All)
        {
            var courses = RoleGroups.StarterCourses(template);
            Assert.NotEmpty(courses);
            Assert.True(new TrainingGroupDetails(RoleGroups.GroupName(template), template, courses).Validate().IsValid);
        }
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
