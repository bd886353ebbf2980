using Microsoft.EntityFrameworkCore;
using Rehab.Core.Training;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Training;

namespace Rehab.Web.Training;

/// <summary>An administrator adds a training group, optionally for a role template that has none yet, with its first courses.</summary>
public static class CreateTrainingGroup
{
    /// <summary>The request as clients send it: the role template by name, such as FrontOffice.</summary>
    public sealed record NewTrainingGroup(string? Name, string? RoleTemplate = null, IReadOnlyList<CourseDetails>? Courses = null);

    public static async Task<TrainingResult<TrainingGroupResponse>> RunAsync(NewTrainingGroup input, RehabDbContext db, CancellationToken ct)
    {
        RoleTemplate? role = null;
        if (!string.IsNullOrWhiteSpace(input.RoleTemplate))
        {
            if (!Enum.TryParse<RoleTemplate>(input.RoleTemplate.Trim(), ignoreCase: true, out var parsed)
                || !Enum.IsDefined(parsed) || char.IsDigit(input.RoleTemplate.Trim()[0]))
                return TrainingResult.Invalid<TrainingGroupResponse>(new Dictionary<string, string[]>
                {
                    ["roleTemplate"] = ["Role template must be one of " + string.Join(", ", RoleTemplates.All) + ", or left empty."],
                });
            role = parsed;
        }
        var request = new TrainingGroupDetails(input.Name, role, input.Courses);
        var errors = request.Validate();
        if (!errors.IsValid)
            return TrainingResult.Invalid<TrainingGroupResponse>(errors.ToDictionary());
        var name = request.Name!.Trim();
        if (await db.TrainingGroups.AnyAsync(g => g.Name == name, ct))
            return TrainingResult.Conflict<TrainingGroupResponse>("Group name already used", "name",
                $"A training group named '{name}' already exists; group names must be unique.");
        if (request.RoleTemplate is { } template && await db.TrainingGroups.AnyAsync(g => g.RoleTemplate == template, ct))
            return TrainingResult.Conflict<TrainingGroupResponse>("Role template already has a group", "roleTemplate",
                $"The {template.DisplayName()} role already has a training group; add courses to that group instead.");

        var companyId = db.Tenant.CompanyId!.Value;
        var group = new TrainingGroup { CompanyId = companyId, Name = name, RoleTemplate = request.RoleTemplate };
        group.Courses.AddRange((request.Courses ?? []).Select(c => Course.From(companyId, group.Id, c)));
        db.TrainingGroups.Add(group);
        await db.SaveChangesAsync(ct);
        return TrainingResult.Ok<TrainingGroupResponse>(TrainingGroupResponse.From(group, 0), StatusCodes.Status201Created);
    }
}
