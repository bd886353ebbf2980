using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Web.Auth;
using Rehab.Web.Documentation;
using Rehab.Web.Pages.Shared;

namespace Rehab.Web.Pages.Surveys;

/// <summary>
/// The clinician takes the tablet back: their own password lifts the survey lock and opens the note again.
/// A sign-in that is not locked to this survey goes straight to the note.
/// </summary>
public sealed class UnlockModel(RehabDbContext db, NoteFactsLoader notes, TabletHandover handover) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await Outcomes.Surveys.FindAsync(Id, db, notes, ct) is not { } found)
            return NotFound();
        return User.LockedSurvey() == Id ? Page() : Redirect(NotePath(found.Note.Id));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await Outcomes.Surveys.FindAsync(Id, db, notes, ct) is not { } found)
            return NotFound();
        if (User.LockedSurvey() != Id)
            return Redirect(NotePath(found.Note.Id));
        if (string.IsNullOrEmpty(Password) || Password.Length > PasswordRules.MaximumLength)
        {
            Errors.Add("password", "Enter the password you signed in with.");
            return Page();
        }
        var result = await handover.UnlockAsync(User, Password, Id, found.Note.PatientId, ct);
        if (result.Succeeded)
            return Redirect(NotePath(found.Note.Id));
        Errors.Add("password", result switch
        {
            { IsLockedOut: true } => $"Too many wrong passwords: the account is locked for {PasswordRules.LockoutDuration.TotalMinutes:0} minutes. "
                + "The tablet stays locked to this survey; you may sign out instead.",
            { IsNotAllowed: true } => "The account is inactive, so the tablet cannot be unlocked; sign out instead.",
            _ => "The password is wrong. The tablet stays locked to this survey.",
        });
        return Page();
    }

    private static string NotePath(Guid noteId) => $"/Notes/{noteId}";
}
