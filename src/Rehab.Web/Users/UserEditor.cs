using System.Net.Mail;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Analytics;
using Rehab.Core.Common;
using Rehab.Core.Licensing;
using Rehab.Core.Organization;
using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Licensing;
using Rehab.Data.Tenancy;
using Rehab.Data.Users;
using Rehab.Web.Analytics;
using Rehab.Web.Auth;

namespace Rehab.Web.Users;

/// <summary>A refused change: its status (403, 404 or 409), title and detail in the admin's words.</summary>
public sealed record UserRefusal(int Status, string Title, string Detail, IDictionary<string, object?>? Extensions = null);

public sealed record UserEditResult(RehabUser? User, ValidationErrors? Errors, UserRefusal? Refusal)
{
    public static UserEditResult Invalid(ValidationErrors errors) => new(null, errors, null);
    public static UserEditResult Refused(UserRefusal refusal) => new(null, null, refusal);
}

/// <summary>
/// Adds and changes users with every User Manager rule: grant rules, clinic grants, type changes by company
/// admins, free licenses, at least two user managers, the FinalizeNotes attestation; all in one transaction.
/// </summary>
public sealed class UserEditor(
    RehabDbContext db,
    UserManager<RehabUser> users,
    ITenantContext tenant,
    IEnumerable<IRoleTemplateListener> listeners,
    TimeProvider clock)
{
    public const string LicenseRequestPath = "/api/v1/license-requests";

    public async Task<UserEditResult> SaveAsync(Guid? id, UserInput input, ClaimsPrincipal actor, CancellationToken ct)
    {
        var companyId = tenant.CompanyId!.Value;
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            // The license and user-manager rules count rows: everything is read under the company's roster lock,
            // so saves arriving together on any instance are decided one after the other.
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await UserRosterLock.TakeAsync(db, companyId, ct);
            var result = await DecideAndSaveAsync(id, input, actor, companyId, ct);
            if (result.User is not null)
                await tx.CommitAsync(ct);
            return result;
        });
    }

    private async Task<UserEditResult> DecideAndSaveAsync(Guid? id, UserInput input, ClaimsPrincipal actor, Guid companyId,
        CancellationToken ct)
    {
        RehabUser? user = null;
        if (id is { } existingId)
        {
            user = await db.Users.VisibleTo(db, tenant).FirstOrDefaultAsync(u => u.Id == existingId, ct);
            if (user is null)
                return UserEditResult.Refused(NotFound());
        }
        var actorPermissions = actor.FindAll(RehabClaims.Permission).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var currentPermissions = user is null
            ? new HashSet<string>(StringComparer.Ordinal)
            : (await db.UserPermissions.Where(p => p.UserId == user.Id).Select(p => p.Permission).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var currentClinics = user is null
            ? new HashSet<Guid>()
            : (await db.UserClinicAccess.Where(a => a.UserId == user.Id).Select(a => a.ClinicId).ToListAsync(ct)).ToHashSet();

        var errors = new ValidationErrors();
        if (user is null)
        {
            errors.Required("userName", input.UserName, "Username", 256);
            if (string.IsNullOrEmpty(input.Password))
                errors.Add("password", "Password is required for a new user.");
        }
        else if (!string.IsNullOrEmpty(input.Password))
            errors.Add("password",
                $"A password is not changed here: reset it with POST /api/v1/users/{user.Id}/password.");
        errors.Required("firstName", input.FirstName, "First name", 100);
        errors.Required("lastName", input.LastName, "Last name", 100);
        errors.MaxLength("displayName", input.DisplayName, "Display name", 200);
        errors.Required("email", input.Email, "E-mail", 256);
        if (!string.IsNullOrWhiteSpace(input.Email) && !MailAddress.TryCreate(input.Email.Trim(), out _))
            errors.Add("email", "E-mail must be an address such as name@clinic.com.");
        errors.MaxLength("credentials", input.Credentials, "Credentials", 100);

        UserType? type = null;
        if (string.IsNullOrWhiteSpace(input.UserType))
            errors.Add("userType", "User type is required.");
        else if (Enum.TryParse<UserType>(input.UserType.Trim(), ignoreCase: true, out var parsedType) && Enum.IsDefined(parsedType))
            type = parsedType;
        else
            errors.Add("userType", $"User type must be one of {string.Join(", ", Enum.GetNames<UserType>())}.");

        Npi? npi = null;
        if (!string.IsNullOrWhiteSpace(input.Npi))
        {
            if (!Npi.TryParse(input.Npi, out var parsedNpi))
                errors.Add("npi", "An NPI is ten digits with a valid check digit.");
            else if (type?.IsClerical() == true)
                errors.Add("npi", "Only providers (therapists, assistants and students) have an individual NPI.");
            else
                npi = parsedNpi;
        }

        RoleTemplate? template = null;
        if (!string.IsNullOrWhiteSpace(input.RoleTemplate))
        {
            if (Enum.TryParse<RoleTemplate>(input.RoleTemplate.Trim(), ignoreCase: true, out var parsedTemplate) && Enum.IsDefined(parsedTemplate))
                template = parsedTemplate;
            else
                errors.Add("roleTemplate", $"Role template must be one of {string.Join(", ", Enum.GetNames<RoleTemplate>())}.");
        }

        var companyClinics = (await db.Clinics.Select(c => c.Id).ToListAsync(ct)).ToHashSet();
        var clinics = input.AllClinics ? new HashSet<Guid>() : (input.ClinicIds ?? []).ToHashSet();
        // Clinics the acting admin does not hold are not theirs to take away, nor to see on the form.
        if (!input.AllClinics && tenant.ClinicIds is { } heldByActor)
            clinics.UnionWith(currentClinics.Where(c => !heldByActor.Contains(c)));
        if (clinics.Any(c => !companyClinics.Contains(c)))
            errors.Add("clinicIds", "One of the clinics is not a clinic of the company.");
        if (!input.AllClinics && clinics.Count == 0)
            errors.Add("clinicIds", "Give the user at least one clinic, or all clinics.");
        if (input.HomeClinicId is not { } homeClinic)
            errors.Add("homeClinicId", "Choose the user's home clinic; their license is counted there.");
        else if (input.AllClinics ? !companyClinics.Contains(homeClinic) : !clinics.Contains(homeClinic))
            errors.Add("homeClinicId", "The home clinic must be one of the user's clinics.");

        // A user cannot grant a clinic they do not hold themselves.
        if (tenant.ClinicIds is { } actorClinics)
        {
            if (input.AllClinics && user?.AllClinics != true)
                errors.Add("allClinics", "You cannot grant all clinics: you do not hold all clinics yourself.");
            foreach (var clinic in clinics.Except(currentClinics).Where(c => !actorClinics.Contains(c)))
                errors.Add("clinicIds", "You cannot grant a clinic you do not hold yourself.");
        }
        if (!errors.IsValid || type is not { } userType)
            return UserEditResult.Invalid(errors);

        var typeChanged = user is not null && user.UserType != userType;
        if (typeChanged && !actorPermissions.Contains(Permission.CompanyAdmin))
            return UserEditResult.Refused(new UserRefusal(StatusCodes.Status403Forbidden, "Only a company admin may change a user's type",
                $"Changing a user's type needs {Permission.CompanyAdmin}; it changes the license they hold and the codes they bill."));
        if (template is { } t && !t.UserTypes().Contains(userType))
            errors.Add("roleTemplate", $"The {t.DisplayName()} template is for {string.Join(", ", t.UserTypes())} users, not {userType}.");

        // On a type change, permissions impossible for the new type are dropped, and FinalizeNotes for a newly
        // attested type needs the attestation again.
        var kept = currentPermissions.Where(p => PermissionRules.IsPossible(userType, p)).ToHashSet(StringComparer.Ordinal);
        if (typeChanged && PermissionRules.NeedsAttestation(userType) && !PermissionRules.NeedsAttestation(user!.UserType))
            kept.Remove(Permission.FinalizeNotes);
        var templateApplied = template is not null && template != user?.RoleTemplate;

        HashSet<string> requested;
        if (input.CopyPermissionsFromUserId is { } sourceId)
        {
            var source = await db.Users.VisibleTo(db, tenant).AnyAsync(u => u.Id == sourceId, ct);
            if (!source)
            {
                errors.Add("copyPermissionsFromUserId", "No user with this id exists that you may see.");
                return UserEditResult.Invalid(errors);
            }
            var copied = await db.UserPermissions.Where(p => p.UserId == sourceId).Select(p => p.Permission).ToListAsync(ct);
            requested = copied.Where(p => PermissionRules.IsPossible(userType, p)
                                          && (p != Permission.FinalizeNotes || !PermissionRules.NeedsAttestation(userType) || kept.Contains(p) || input.FinalizeAttestation))
                .ToHashSet(StringComparer.Ordinal);
        }
        else if (input.Permissions is { } explicitPermissions)
            requested = explicitPermissions.ToHashSet(StringComparer.Ordinal);
        else if (templateApplied)
            requested = template!.Value.DefaultPermissions(userType).ToHashSet(StringComparer.Ordinal);
        else
            requested = kept;

        var permissionErrors = PermissionRules.ValidateChange(userType, kept, requested, actorPermissions, input.FinalizeAttestation);
        foreach (var (field, messages) in permissionErrors.ToDictionary())
            foreach (var message in messages)
                errors.Add(field, message);
        if (!errors.IsValid)
            return UserEditResult.Invalid(errors);

        // Permissions the user holds but cannot keep are never dropped unseen: the admin confirms their loss.
        var dropped = currentPermissions.Except(kept).Except(requested).Order(StringComparer.Ordinal).ToList();
        if (dropped.Count > 0 && !input.ConfirmDroppedPermissions)
            return UserEditResult.Refused(DroppedPermissions(userType, dropped));

        var email = input.Email!.Trim();
        var normalizedEmail = users.NormalizeEmail(email);
        if (await db.Users.IgnoreQueryFilters().AnyAsync(u => u.NormalizedEmail == normalizedEmail && u.Id != (id ?? Guid.Empty), ct))
            return UserEditResult.Refused(new UserRefusal(StatusCodes.Status409Conflict, "E-mail already used",
                "Another user already has this e-mail address; e-mail addresses are unique across the whole system.",
                FieldErrors("email", "Another user already has this e-mail address.")));

        var home = input.HomeClinicId!.Value;
        var licenseClass = LicenseClasses.Of(userType);
        var needsLicense = input.IsActive && !licenseClass.IsFree()
                           && (user is null || !user.IsActive || user.HomeClinicId != home || LicenseClasses.Of(user.UserType) != licenseClass);
        if (needsLicense)
        {
            var count = await LicenseQueries.CountAsync(db, companyId, home, licenseClass, ct);
            if (!count.HasFreeLicense)
            {
                var clinicName = await db.Clinics.Where(c => c.Id == home).Select(c => c.Name).SingleAsync(ct);
                return UserEditResult.Refused(LicenseExhausted(licenseClass, home, clinicName, count));
            }
        }

        var heldBefore = user is { IsActive: true } && currentPermissions.Contains(Permission.EditUsers);
        var holdsAfter = input.IsActive && requested.Contains(Permission.EditUsers);
        if (heldBefore && !holdsAfter)
        {
            var holders = await db.Users.CountAsync(u => u.IsActive
                && db.UserPermissions.Any(p => p.UserId == u.Id && p.Permission == Permission.EditUsers), ct);
            if (UserManagerRule.Refuses(heldBefore, holdsAfter, holders))
                return UserEditResult.Refused(new UserRefusal(StatusCodes.Status409Conflict, "Too few user managers would remain",
                    UserManagerRule.Refusal(holders - 1)));
        }

        if (user is not null && await LastAnalyticsAdminAsync(user, currentPermissions, requested, input.IsActive, ct))
        {
            var why = AnalyticsAdminRule.Refusal(user.DisplayName);
            return UserEditResult.Refused(new UserRefusal(StatusCodes.Status409Conflict,
                "No Analytics Admin would remain", why, FieldErrors(input.IsActive ? "permissions" : "isActive", why)));
        }

        var recordAttestation = requested.Contains(Permission.FinalizeNotes) && PermissionRules.NeedsAttestation(userType)
                                && !kept.Contains(Permission.FinalizeNotes);
        return await ApplyAsync(user, input, userType, npi, template, templateApplied, email, clinics, currentClinics,
            requested, currentPermissions, typeChanged, recordAttestation, companyId, actor, ct);
    }

    private async Task<UserEditResult> ApplyAsync(RehabUser? user, UserInput input, UserType userType, Npi? npi,
        RoleTemplate? template, bool templateApplied, string email, HashSet<Guid> clinics, HashSet<Guid> currentClinics,
        HashSet<string> requested, HashSet<string> currentPermissions, bool typeChanged, bool recordAttestation, Guid companyId, ClaimsPrincipal actor, CancellationToken ct)
    {
        var isNew = user is null;
        var wasActive = user?.IsActive ?? false;
        user ??= new RehabUser { CompanyId = companyId, UserName = input.UserName!.Trim(), DisplayName = "" };
        user.FirstName = input.FirstName!.Trim();
        user.LastName = input.LastName!.Trim();
        user.DisplayName = string.IsNullOrWhiteSpace(input.DisplayName)
            ? $"{user.FirstName} {user.LastName}"
            : input.DisplayName.Trim();
        user.Email = email;
        user.NormalizedEmail = users.NormalizeEmail(email);
        user.Credentials = string.IsNullOrWhiteSpace(input.Credentials) ? null : input.Credentials.Trim();
        user.Npi = npi;
        user.UserType = userType;
        user.IsActive = input.IsActive;
        user.AllClinics = input.AllClinics;
        user.HomeClinicId = input.HomeClinicId;
        if (template is not null)
            user.RoleTemplate = template;

        if (isNew)
        {
            var created = await users.CreateAsync(user, input.Password!);
            if (!created.Succeeded)
            {
                var errors = new ValidationErrors();
                foreach (var e in created.Errors)
                {
                    var field = e.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "userName";
                    errors.Add(field, e.Description);
                }
                return UserEditResult.Invalid(errors);
            }
        }
        else if ((wasActive && !user.IsActive) || typeChanged)
        {
            // Ends the user's sessions: cookies within the validation interval, bearer refreshes at once.
            user.SecurityStamp = Guid.NewGuid().ToString();
        }

        db.UserPermissions.RemoveRange(await db.UserPermissions
            .Where(p => p.UserId == user.Id && !requested.Contains(p.Permission)).ToListAsync(ct));
        db.UserPermissions.AddRange(requested.Except(currentPermissions).Select(p => new UserPermission
        {
            CompanyId = companyId, UserId = user.Id, Permission = p,
        }));
        var targetClinics = input.AllClinics ? [] : clinics;
        db.UserClinicAccess.RemoveRange(await db.UserClinicAccess
            .Where(a => a.UserId == user.Id && !targetClinics.Contains(a.ClinicId)).ToListAsync(ct));
        db.UserClinicAccess.AddRange(targetClinics.Except(currentClinics).Select(c => new UserClinicAccess
        {
            CompanyId = companyId, UserId = user.Id, ClinicId = c,
        }));
        if (recordAttestation)
        {
            db.FinalizeAttestations.Add(new FinalizeAttestation
            {
                CompanyId = companyId,
                UserId = user.Id,
                GrantedByUserId = tenant.UserId,
                GrantedByUserName = tenant.UserName ?? actor.Identity?.Name ?? "unknown",
                GrantedAt = clock.GetUtcNow(),
                Text = PermissionRules.FinalizeAttestationText,
            });
        }
        await db.SaveChangesAsync(ct);

        if (templateApplied)
        {
            foreach (var listener in listeners)
                await listener.RoleTemplateAssignedAsync(user, template!.Value, ct);
            await db.SaveChangesAsync(ct);
        }
        return new UserEditResult(user, null, null);
    }

    /// <summary>Whether the change takes the company's last active Analytics Admin out of that role.</summary>
    private async Task<bool> LastAnalyticsAdminAsync(RehabUser user, IReadOnlySet<string> before,
        IReadOnlySet<string> after, bool activeAfter, CancellationToken ct)
    {
        var stored = await db.AnalyticsRoleGrants.Where(g => g.UserId == user.Id).Select(g => g.Role).ToListAsync(ct);
        var adminBefore = user.IsActive && AnalyticsRoleAssignment.IsAdmin(before, stored);
        var adminAfter = activeAfter && AnalyticsRoleAssignment.IsAdmin(after, stored);
        return adminBefore && !adminAfter && AnalyticsAdminRule.Refuses(adminBefore, adminAfter,
            (await AnalyticsRoleDirectory.ActiveAdminsAsync(db, ct)).Count);
    }

    /// <summary>Why a user of the type cannot keep each permission, in the order given.</summary>
    public static IReadOnlyList<string> DropReasons(UserType type, IEnumerable<string> permissions) =>
        [.. permissions.Select(p => PermissionRules.WhyImpossible(type, p)
                                    ?? $"{p} for {type.WithArticle()} needs your attestation again.")];

    private static UserRefusal DroppedPermissions(UserType type, IReadOnlyList<string> dropped)
    {
        var reasons = DropReasons(type, dropped);
        return new(StatusCodes.Status409Conflict, "Permissions would be dropped",
            $"Saving drops {string.Join(", ", dropped)}: {string.Join(" ", reasons)} " +
            "Nothing was saved; save again with confirmDroppedPermissions to drop them.",
            new Dictionary<string, object?>
            {
                ["droppedPermissions"] = dropped,
                ["errors"] = new Dictionary<string, string[]> { ["permissions"] = [.. reasons] },
            });
    }

    public static UserRefusal NotFound() =>
        new(StatusCodes.Status404NotFound, "User not found", "No user with this id exists that you may see.");

    public static UserRefusal LicenseExhausted(LicenseClass licenseClass, Guid clinicId, string clinicName, LicenseCount count) =>
        new(StatusCodes.Status409Conflict, "No free license",
            $"Every {licenseClass} license of {clinicName} is in use ({count.Assigned} of {count.Purchased}). " +
            $"Request more with a license adjustment (POST {LicenseRequestPath}), or inactivate a user of that class there.",
            new Dictionary<string, object?>
            {
                ["licenseClass"] = licenseClass.ToString(),
                ["clinicId"] = clinicId,
                ["clinicName"] = clinicName,
                ["requestLicenses"] = LicenseRequestPath,
                ["errors"] = new Dictionary<string, string[]> { ["homeClinicId"] = [$"No free {licenseClass} license in {clinicName}."] },
            });

    private static Dictionary<string, object?> FieldErrors(string field, string message) =>
        new() { ["errors"] = new Dictionary<string, string[]> { [field] = [message] } };
}
