using Rehab.Core.Users;

namespace Rehab.Core.Training;

/// <summary>Every company has one training group per role template; users of the template join it automatically.</summary>
public static class RoleGroups
{
    public static string GroupName(RoleTemplate template) => template.DisplayName();

    /// <summary>The courses a new company's role groups start with.</summary>
    public static IReadOnlyList<CourseDetails> StarterCourses(RoleTemplate template)
    {
        var hipaa = new CourseDetails("HIPAA privacy and security basics", "https://www.hhs.gov/hipaa/for-professionals/index.html", true, 14);
        var documentation = new CourseDetails("Documentation that supports medical necessity", "https://learning.example.org/rehab/medical-necessity", true, 30);
        var scheduler = new CourseDetails("Using the scheduler", "https://learning.example.org/rehab/scheduler", true, 14);
        var billing = new CourseDetails("Billing codes and the 8-minute rule", "https://learning.example.org/rehab/eight-minute-rule", true, 30);
        var supervision = new CourseDetails("Supervision and co-signature rules", "https://learning.example.org/rehab/supervision", true, 30);
        var reports = new CourseDetails("Reading the practice reports", "https://learning.example.org/rehab/reports", false, 60);
        return template switch
        {
            RoleTemplate.Executive => [hipaa, reports],
            RoleTemplate.ClinicDirector => [hipaa, documentation, supervision, reports],
            RoleTemplate.Therapist => [hipaa, documentation, billing],
            RoleTemplate.Assistant => [hipaa, documentation, supervision],
            RoleTemplate.Student => [hipaa, documentation, supervision],
            RoleTemplate.FrontOffice => [hipaa, scheduler],
            RoleTemplate.Biller => [hipaa, billing],
            _ => [hipaa],
        };
    }
}
