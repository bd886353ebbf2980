using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Training;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Tenancy;
using Rehab.Data.Training;
using Rehab.Web.Organization;
using Rehab.Web.Pages.Shared;
using Rehab.Web.Training;

namespace Rehab.Web.Pages.Training;

/// <summary>
/// Everyone's own courses with a way to mark them done; for those who may see the company's users, the groups and
/// the overdue list per clinic; user and company administrators also add, change and remove groups' courses, rename
/// groups and choose the members of groups without a role template here. Every form posts, so none needs JavaScript.
/// </summary>
public sealed class IndexModel(RehabDbContext db, ITenantContext tenant, TimeProvider clock, TrainingEnrollment enrollment) : PageModel
{
    public static readonly IReadOnlyList<string> CourseFields = ["course-groupId", "course-title", "course-link", "course-dueWithinDays"];
    public static readonly IReadOnlyList<string> GroupFields = ["group-name", "group-roleTemplate"];

    public static readonly IReadOnlyList<FieldOption> RoleChoices =
        [new("", "No role: members are not added automatically"), .. RoleTemplates.All.Select(t => new FieldOption(t.ToString(), t.DisplayName()))];

    public IReadOnlyList<AssignmentResponse> Mine { get; private set; } = [];
    public IReadOnlyList<TrainingGroupResponse> Groups { get; private set; } = [];
    public IReadOnlyList<ClinicChoice> Clinics { get; private set; } = [];
    public ClinicChoice? OverdueClinic { get; private set; }
    public IReadOnlyList<AssignmentResponse> Overdue { get; private set; } = [];
    public bool CanView { get; private set; }
    public bool CanManage { get; private set; }
    [TempData] public string? Notice { get; set; }

    [BindProperty] public CourseForm Course { get; set; } = new();
    [BindProperty] public GroupForm Group { get; set; } = new();
    public FormErrors CourseErrors { get; } = new();
    public FormErrors GroupErrors { get; } = new();

    [BindProperty] public RenameForm Rename { get; set; } = new();
    [BindProperty] public EditCourseForm Edit { get; set; } = new();
    [BindProperty] public MemberForm Member { get; set; } = new();
    /// <summary>Errors of the one group or course form posted, keyed by field id such as group-{id}-name or course-{id}-title.</summary>
    public FormErrors EditErrors { get; } = new();
    /// <summary>The group or course whose form came back with errors.</summary>
    public Guid? EditTarget { get; private set; }
    public IReadOnlyDictionary<Guid, IReadOnlyList<FieldOption>> Members { get; private set; } = new Dictionary<Guid, IReadOnlyList<FieldOption>>();
    public IReadOnlyList<FieldOption> UserChoices { get; private set; } = [];

    public static IReadOnlyList<string> RenameFields(Guid groupId) => [$"group-{groupId}-name"];
    public static IReadOnlyList<string> MemberFields(Guid groupId) => [$"group-{groupId}-userId"];
    public static IReadOnlyList<string> EditCourseFields(Guid courseId) =>
        [$"course-{courseId}-title", $"course-{courseId}-link", $"course-{courseId}-dueWithinDays"];

    public IReadOnlyList<FieldOption> GroupChoices =>
        [new("", "Choose a group"), .. Groups.Select(g => new FieldOption(g.Id.ToString(), g.Name))];

    public async Task<IActionResult> OnGetAsync(Guid? clinicId, CancellationToken ct)
    {
        await LoadAsync(clinicId, ct);
        return clinicId is not null && OverdueClinic is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostCompleteAsync(Guid assignmentId, CancellationToken ct)
    {
        var result = await CompleteAssignment.RunAsync(assignmentId, TrainingPolicies.CanManage(User), db, tenant, clock, ct);
        if (result.Status == StatusCodes.Status404NotFound)
            return NotFound();
        if (result.Status == StatusCodes.Status403Forbidden)
            return Forbid();
        Notice = $"Course recorded as completed on {result.Value!.CompletedOn:MMMM d, yyyy}.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAddCourseAsync(CancellationToken ct)
    {
        if (!TrainingPolicies.CanManage(User))
            return Forbid();
        var details = new CourseDetails(Course.Title, Course.Link, Course.IsRequired, Course.DueWithinDays);
        TrainingResult<CourseResponse> result;
        if (Course.GroupId is not { } groupId)
        {
            CourseErrors.Add("course-groupId", "Choose the group the course belongs to.");
            CourseErrors.AddAll(Prefixed(details.Validate().ToDictionary()));
            result = new(null, StatusCodes.Status400BadRequest);
        }
        else
            result = await AddCourse.RunAsync(groupId, details, db, enrollment, ct);
        if (result.Succeeded)
        {
            Notice = $"Course {result.Value!.Title} added; the group's members have it now.";
            return RedirectToPage();
        }
        if (result.Status == StatusCodes.Status404NotFound)
            CourseErrors.Add("course-groupId", "Choose one of the company's groups.");
        CourseErrors.AddAll(Prefixed(result.Errors ?? new Dictionary<string, string[]>()));
        await LoadAsync(null, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAddGroupAsync(CancellationToken ct)
    {
        if (!TrainingPolicies.CanManage(User))
            return Forbid();
        var result = await CreateTrainingGroup.RunAsync(new CreateTrainingGroup.NewTrainingGroup(Group.Name, Group.RoleTemplate), db, ct);
        if (result.Succeeded)
        {
            Notice = $"Group {result.Value!.Name} added.";
            return RedirectToPage();
        }
        GroupErrors.AddAll((result.Errors ?? new Dictionary<string, string[]>()).Select(e => KeyValuePair.Create("group-" + e.Key, e.Value)));
        await LoadAsync(null, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRenameGroupAsync(CancellationToken ct)
    {
        if (!TrainingPolicies.CanManage(User))
            return Forbid();
        var result = await ChangeTraining.RenameGroupAsync(Rename.GroupId, new GroupRename(Rename.Name), db, ct);
        if (result.Status == StatusCodes.Status404NotFound)
            return NotFound();
        if (result.Succeeded)
        {
            Notice = $"Group renamed to {result.Value!.Name}.";
            return RedirectToPage();
        }
        return await RedisplayAsync(Rename.GroupId, $"group-{Rename.GroupId}-", result.Errors, ct);
    }

    public async Task<IActionResult> OnPostChangeCourseAsync(CancellationToken ct)
    {
        if (!TrainingPolicies.CanManage(User))
            return Forbid();
        var details = new CourseDetails(Edit.Title, Edit.Link, Edit.IsRequired, Edit.DueWithinDays);
        var result = await ChangeTraining.ChangeCourseAsync(Edit.CourseId, details, db, ct);
        if (result.Status == StatusCodes.Status404NotFound)
            return NotFound();
        if (result.Succeeded)
        {
            Notice = $"Course {result.Value!.Title} saved.";
            return RedirectToPage();
        }
        return await RedisplayAsync(Edit.CourseId, $"course-{Edit.CourseId}-", result.Errors, ct);
    }

    public async Task<IActionResult> OnPostRemoveCourseAsync(Guid courseId, CancellationToken ct)
    {
        if (!TrainingPolicies.CanManage(User))
            return Forbid();
        var result = await ChangeTraining.RemoveCourseAsync(courseId, db, enrollment, ct);
        if (!result.Succeeded)
            return NotFound();
        Notice = "Course removed; open assignments of it are gone, completed ones are kept.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAddMemberAsync(CancellationToken ct)
    {
        if (!TrainingPolicies.CanManage(User))
            return Forbid();
        var result = await ChangeTraining.AddMemberAsync(Member.GroupId, new NewGroupMember(Member.UserId), db, tenant, enrollment, ct);
        if (result.Status == StatusCodes.Status404NotFound && result.Title != "User not found")
            return NotFound();
        if (result.Succeeded)
        {
            Notice = result.Value!.AlreadyMember
                ? "That user is already a member of the group."
                : $"Member added with {result.Value.AssignmentsAdded} new course assignment{(result.Value.AssignmentsAdded == 1 ? "" : "s")}.";
            return RedirectToPage();
        }
        var errors = result.Errors ?? new Dictionary<string, string[]> { ["userId"] = ["Choose one of the users listed."] };
        return await RedisplayAsync(Member.GroupId, $"group-{Member.GroupId}-", errors, ct);
    }

    public async Task<IActionResult> OnPostRemoveMemberAsync(Guid groupId, Guid userId, CancellationToken ct)
    {
        if (!TrainingPolicies.CanManage(User))
            return Forbid();
        var result = await ChangeTraining.RemoveMemberAsync(groupId, userId, db, tenant, enrollment, ct);
        if (result.Status == StatusCodes.Status404NotFound)
            return NotFound();
        if (!result.Succeeded)
            return await RedisplayAsync(groupId, $"group-{groupId}-", result.Errors, ct);
        Notice = "Member removed; their open courses from the group are gone, completed ones are kept.";
        return RedirectToPage();
    }

    private async Task<IActionResult> RedisplayAsync(Guid target, string prefix, IDictionary<string, string[]>? errors, CancellationToken ct)
    {
        EditTarget = target;
        EditErrors.AddAll((errors ?? new Dictionary<string, string[]>()).Select(e => KeyValuePair.Create(prefix + e.Key, e.Value)));
        await LoadAsync(null, ct);
        return Page();
    }

    private static IEnumerable<KeyValuePair<string, string[]>> Prefixed(IDictionary<string, string[]> errors) =>
        errors.Select(e => KeyValuePair.Create("course-" + e.Key, e.Value));

    private async Task LoadAsync(Guid? clinicId, CancellationToken ct)
    {
        CanView = TrainingPolicies.CanView(User);
        CanManage = TrainingPolicies.CanManage(User);
        Mine = (await AssignmentList.RunAsync(new AssignmentQuery(), false, db, tenant, clock, ct)).Value ?? [];
        if (!CanView)
            return;
        Groups = await TrainingGroupList.RunAsync(db, ct);
        Clinics = await ClinicChoices.VisibleAsync(db, tenant, ct);
        if (CanManage)
            await LoadMembersAsync(ct);
        OverdueClinic = clinicId is { } id
            ? Clinics.FirstOrDefault(c => c.Id == id)
            : ClinicChoices.Current(Clinics, tenant) ?? Clinics.FirstOrDefault();
        if (OverdueClinic is not null)
            Overdue = (await AssignmentList.RunAsync(new AssignmentQuery(ClinicId: OverdueClinic.Id, Overdue: true), true, db, tenant, clock, ct)).Value ?? [];
    }

    // Members of the groups without a role template, and the users within the caller's reach who may be added.
    private async Task LoadMembersAsync(CancellationToken ct)
    {
        var visible = Clinics.Select(c => c.Id).ToHashSet();
        var users = (await db.Users.AsNoTracking().Select(u => new { u.Id, u.DisplayName, u.UserName, u.HomeClinicId }).ToListAsync(ct))
            .Where(u => tenant.ClinicIds is null || (u.HomeClinicId is { } home && visible.Contains(home)))
            .OrderBy(u => u.DisplayName, StringComparer.OrdinalIgnoreCase)
            .Select(u => new FieldOption(u.Id.ToString(), $"{u.DisplayName} ({u.UserName})"))
            .ToList();
        UserChoices = [new("", "Choose a user"), .. users];
        var names = users.ToDictionary(u => u.Value, u => u.Text);
        var groupIds = Groups.Where(g => g.RoleTemplate is null).Select(g => g.Id).ToList();
        var members = await db.TrainingGroupMembers.AsNoTracking().Where(m => groupIds.Contains(m.GroupId)).ToListAsync(ct);
        Members = groupIds.ToDictionary(id => id, id => (IReadOnlyList<FieldOption>)members
            .Where(m => m.GroupId == id && names.ContainsKey(m.UserId.ToString()))
            .Select(m => new FieldOption(m.UserId.ToString(), names[m.UserId.ToString()]))
            .OrderBy(o => o.Text, StringComparer.OrdinalIgnoreCase).ToList());
    }

    public sealed class RenameForm
    {
        public Guid GroupId { get; set; }
        public string? Name { get; set; }
    }

    public sealed class EditCourseForm
    {
        public Guid CourseId { get; set; }
        public string? Title { get; set; }
        public string? Link { get; set; }
        public bool IsRequired { get; set; } = true;
        public int? DueWithinDays { get; set; }
    }

    public sealed class MemberForm
    {
        public Guid GroupId { get; set; }
        public Guid? UserId { get; set; }
    }

    public sealed class CourseForm
    {
        public Guid? GroupId { get; set; }
        public string? Title { get; set; }
        public string? Link { get; set; }
        public bool IsRequired { get; set; } = true;
        public int? DueWithinDays { get; set; } = 30;
    }

    public sealed class GroupForm
    {
        public string? Name { get; set; }
        public string? RoleTemplate { get; set; }
    }
}
