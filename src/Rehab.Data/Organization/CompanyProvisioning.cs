using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Rehab.Core.Organization;
using Rehab.Core.Users;
using Rehab.Data.Training;
using Rehab.Data.Users;

namespace Rehab.Data.Organization;

/// <summary>Creates a company with its clinics and first administrator, all or nothing.</summary>
public sealed class CompanyProvisioning(
    RehabDbContext db, UserManager<RehabUser> users, TimeProvider clock, IEnumerable<IRoleTemplateListener> listeners)
{
    public Task<bool> DatabaseHasDataAsync(CancellationToken ct = default) =>
        db.Companies.IgnoreQueryFilters().AnyAsync(ct);

    /// <summary>
    /// What already exists that the new company would repeat: a company of the same name or tax id, a user with the
    /// administrator's user name or e-mail (both unique across the installation). Empty when it can be created.
    /// </summary>
    public async Task<IReadOnlyList<string>> ConflictsAsync(NewCompany request, CancellationToken ct = default)
    {
        var conflicts = new List<string>();
        var companies = db.Companies.IgnoreQueryFilters();
        var names = await companies.Select(c => c.Name).ToListAsync(ct);
        if (names.Any(n => string.Equals(n.Trim(), request.Name.Trim(), StringComparison.OrdinalIgnoreCase)))
            conflicts.Add($"A company named {request.Name} already exists.");
        if (request.TaxId is { } text && TaxId.TryParse(text, out var taxId)
            && await companies.AnyAsync(c => c.TaxId == taxId, ct))
            conflicts.Add($"A company with tax id {taxId.Value} already exists.");
        if (await users.FindByNameAsync(request.Admin.UserName) is not null)
            conflicts.Add($"The user name {request.Admin.UserName} is taken by another user of the installation.");
        if (request.Admin.Email is { } email && users.NormalizeEmail(email) is var normalized
            && await db.Users.IgnoreQueryFilters().AnyAsync(u => u.NormalizedEmail == normalized, ct))
            conflicts.Add($"The e-mail {email} belongs to another user of the installation.");
        return conflicts;
    }

    public async Task<ProvisionedCompany> CreateAsync(NewCompany request, CancellationToken ct = default)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var company = new Company { Name = request.Name, CreatedAt = clock.GetUtcNow() };
            if (request.TaxId is not null) company.TaxId = TaxId.Parse(request.TaxId);
            db.Companies.Add(company);
            var clinics = request.Clinics.Select(c => c.ToNewClinic(company.Id)).ToList();
            db.Clinics.AddRange(clinics);
            db.AddRange(TrainingSeed.RoleGroups(company.Id));
            await db.SaveChangesAsync(ct);

            var admin = await CreateUserAsync(company.Id, request.Admin with { HomeClinicId = request.Admin.HomeClinicId ?? clinics.FirstOrDefault()?.Id }, ct);
            await tx.CommitAsync(ct);
            return new ProvisionedCompany(company, clinics, admin);
        });
    }

    /// <summary>Adds a user with permissions and clinic access; throws with Identity's words when the user is refused.</summary>
    public async Task<RehabUser> CreateUserAsync(Guid companyId, NewUser request, CancellationToken ct = default)
    {
        var user = new RehabUser
        {
            CompanyId = companyId,
            UserName = request.UserName,
            DisplayName = request.DisplayName,
            FirstName = request.FirstName,
            LastName = request.LastName,
            Credentials = request.Credentials,
            UserType = request.UserType,
            Email = request.Email,
            AllClinics = request.ClinicIds is null,
            HomeClinicId = request.HomeClinicId,
            RoleTemplate = request.RoleTemplate,
            IsActive = request.IsActive,
        };
        var created = await users.CreateAsync(user, request.Password);
        if (!created.Succeeded)
            throw new UserRefusedException(created.Errors.Select(e => e.Description).ToList());
        db.UserPermissions.AddRange(request.Permissions.Select(p => new UserPermission
        {
            CompanyId = companyId, UserId = user.Id, Permission = p,
        }));
        db.UserClinicAccess.AddRange((request.ClinicIds ?? []).Select(c => new UserClinicAccess
        {
            CompanyId = companyId, UserId = user.Id, ClinicId = c,
        }));
        await db.SaveChangesAsync(ct);
        if (request.RoleTemplate is { } template)
        {
            foreach (var listener in listeners)
                await listener.RoleTemplateAssignedAsync(user, template, ct);
            await db.SaveChangesAsync(ct);
        }
        return user;
    }
}

public sealed record NewCompany(string Name, string? TaxId, IReadOnlyList<ClinicDetails> Clinics, NewUser Admin);

/// <summary>A user to create; <see cref="ClinicIds"/> null means every clinic of the company.</summary>
public sealed record NewUser(
    string UserName,
    string DisplayName,
    string Password,
    UserType UserType,
    IReadOnlyList<string> Permissions,
    IReadOnlyList<Guid>? ClinicIds = null,
    string? Email = null)
{
    public Guid? HomeClinicId { get; init; }
    public RoleTemplate? RoleTemplate { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? Credentials { get; init; }
    public bool IsActive { get; init; } = true;
}

public sealed record ProvisionedCompany(Company Company, IReadOnlyList<Clinic> Clinics, RehabUser Admin);

public sealed class UserRefusedException(IReadOnlyList<string> reasons)
    : Exception("The user was not created: " + string.Join(" ", reasons))
{
    public IReadOnlyList<string> Reasons { get; } = reasons;
}
