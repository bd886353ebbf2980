using Rehab.Core.Common;
using Rehab.Core.Users;

namespace Rehab.Core.Training;

/// <summary>A new training group: its name, the role template whose users join it automatically, and its first courses.</summary>
public sealed record TrainingGroupDetails(string? Name, RoleTemplate? RoleTemplate = null, IReadOnlyList<CourseDetails>? Courses = null)
{
    public const int NameMaxLength = 100;

    public ValidationErrors Validate()
    {
        var errors = new ValidationErrors();
        errors.Required("name", Name, "Group name", NameMaxLength);
        if (RoleTemplate is { } template && !Enum.IsDefined(template))
            errors.Add("roleTemplate", "Role template must be one of " + string.Join(", ", RoleTemplates.All) + ".");
        var courses = Courses ?? [];
        for (var i = 0; i < courses.Count; i++)
            courses[i].Validate(errors, $"courses[{i}].");
        var titles = courses.Where(c => !string.IsNullOrWhiteSpace(c.Title)).Select(c => c.TrimmedTitle).ToList();
        if (titles.Distinct(StringComparer.OrdinalIgnoreCase).Count() != titles.Count)
            errors.Add("courses", "Each course in a group needs its own title.");
        return errors;
    }
}
