using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
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
/// the overdue list per clinic; user and company administrators also add groups and courses here.
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
        OverdueClinic = clinicId is { } id
            ? Clinics.FirstOrDefault(c => c.Id == id)
            : ClinicChoices.Current(Clinics, tenant) ?? Clinics.FirstOrDefault();
        if (OverdueClinic is not null)
            Overdue = (await AssignmentList.RunAsync(new AssignmentQuery(ClinicId: OverdueClinic.Id, Overdue: true), true, db, tenant, clock, ct)).Value ?? [];
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
