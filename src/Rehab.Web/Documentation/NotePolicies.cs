using Microsoft.AspNetCore.Authorization;
using Rehab.Core.Users;
using Rehab.Web.Auth;

namespace Rehab.Web.Documentation;

/// <summary>
/// Who may call the note endpoints at all. Everyone needs View Patients; writing needs Start Notes, or Edit Patients
/// for front office staff's Administrative Discharge; finalizing needs Finalize Notes, or again Edit Patients for that
/// discharge. Which note a user may write, sign or co-sign is the note rules' decision.
/// </summary>
public static class NotePolicies
{
    public const string WriteNotes = "WriteNotes";
    public const string FinalizeNotes = "FinalizeNotesOrDischarge";

    public static AuthorizationBuilder AddNotePolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(WriteNotes, p => p.RequireAuthenticatedUser().RequireClaim(RehabClaims.Permission, Permission.StartNotes, Permission.EditPatients))
        .AddPolicy(FinalizeNotes, p => p.RequireAuthenticatedUser().RequireClaim(RehabClaims.Permission, Permission.FinalizeNotes, Permission.EditPatients));
}
