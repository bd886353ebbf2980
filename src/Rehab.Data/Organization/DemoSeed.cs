using Rehab.Core.Licensing;
using Rehab.Core.Organization;
using Rehab.Core.Users;
using Rehab.Data.Billing;
using Rehab.Data.Documentation;
using Rehab.Data.Settings;
using Rehab.Data.Training;

namespace Rehab.Data.Organization;

/// <summary>The demo company a new installation starts with, so a visitor can log in and look around.</summary>
public sealed class DemoSeed(CompanyProvisioning provisioning, TrainingSeed training, RehabDbContext db, TimeProvider clock)
{
    public const string DefaultPassword = "rehab-demo-2026";
    public const string VendorCompanyName = "Rehab EMR Account Team";

    public static readonly IReadOnlyList<ClinicDetails> Clinics =
    [
        new("Phoenix Central", "2200 N Central Ave", "Suite 300", "Phoenix", "AZ", "85004", "(602) 555-0140",
            "1234567893", "86-1234567", "America/Phoenix"),
        new("Denver Highlands", "3401 W 32nd Ave", null, "Denver", "CO", "80211", "(303) 555-0177",
            null, null, "America/Denver"),
    ];

    /// <summary>Seeds only an empty database; returns the logins it created, or none.</summary>
    public async Task<IReadOnlyList<DemoLogin>> SeedAsync(string password, CancellationToken ct = default)
    {
        if (await provisioning.DatabaseHasDataAsync(ct))
            return [];
        var provisioned = await provisioning.CreateAsync(new NewCompany("Desert Sun Rehab", "86-1234567", Clinics,
            // The owner is a PT: admins grant only what they hold, and note permissions never go to front office users.
            new NewUser("admin", "Avery Admin", password, UserType.PT, PermissionRules.FirstAdministrator(UserType.PT),
                Email: "admin@desertsun.example")
            {
                FirstName = "Avery", LastName = "Admin", Credentials = "PT, DPT",
            }), ct);
        var companyId = provisioned.Company.Id;
        await training.AddStarterCoursesAsync(companyId, ct);
        var phoenix = provisioned.Clinics[0].Id;
        var denver = provisioned.Clinics[1].Id;

        NewUser Templated(string userName, string first, string last, UserType type, RoleTemplate template, Guid home, IReadOnlyList<Guid>? clinics, string? credentials = null) =>
            new(userName, $"{first} {last}", password, type, [.. template.DefaultPermissions(type)], clinics, $"{userName}@desertsun.example")
            {
                FirstName = first, LastName = last, HomeClinicId = home, RoleTemplate = template, Credentials = credentials,
            };

        var logins = new List<DemoLogin>
        {
            new("admin", password, "company administrator and owner (PT): every permission, all clinics"),
        };
        var demoUsers = new (NewUser User, string Role)[]
        {
            (Templated("executive", "Elena", "Executive", UserType.Clerical, RoleTemplate.Executive, phoenix, null), "Executive, all clinics"),
            (Templated("director", "Dana", "Director", UserType.PT, RoleTemplate.ClinicDirector, phoenix, [phoenix], "PT, DPT"), "Clinic Director, Phoenix Central"),
            (Templated("therapist", "Theo", "Therapist", UserType.PT, RoleTemplate.Therapist, phoenix, [phoenix, denver], "PT, DPT"), "Therapist (PT), both clinics"),
            (Templated("assistant", "Alex", "Assistant", UserType.PTA, RoleTemplate.Assistant, phoenix, [phoenix], "PTA"), "Assistant (PTA), Phoenix Central"),
            (Templated("student", "Sam", "Student", UserType.SPT, RoleTemplate.Student, denver, [denver], "SPT"), "Student (SPT), Denver Highlands"),
            (Templated("frontoffice", "Frankie", "Front", UserType.Clerical, RoleTemplate.FrontOffice, phoenix, [phoenix, denver]), "Front Office, both clinics"),
            (Templated("biller", "Blake", "Biller", UserType.Biller, RoleTemplate.Biller, phoenix, null), "Biller, all clinics"),
        };
        var director = Guid.Empty;
        foreach (var (user, role) in demoUsers)
        {
            var created = await provisioning.CreateUserAsync(companyId, user, ct);
            if (user.UserName == "director") director = created.Id;
            logins.Add(new DemoLogin(user.UserName, password, role));
        }
        // An inactive therapist still holding a Denver license: what the unused-license health check finds.
        await provisioning.CreateUserAsync(companyId, Templated("former", "Frances", "Former", UserType.OT, RoleTemplate.Therapist, denver, [denver], "OTR/L")
            with { IsActive = false }, ct);

        // Phoenix: 1 therapist license free, assistants all used; Denver: therapists free, the student's license used.
        db.PurchasedLicenses.AddRange(
            new PurchasedLicense
            {
                CompanyId = companyId, ClinicId = phoenix, LicenseClass = LicenseClass.Therapist, Count = 4,
            },
            new PurchasedLicense { CompanyId = companyId, ClinicId = phoenix, LicenseClass = LicenseClass.Assistant, Count = 1 },
            new PurchasedLicense { CompanyId = companyId, ClinicId = denver, LicenseClass = LicenseClass.Therapist, Count = 2 },
            new PurchasedLicense { CompanyId = companyId, ClinicId = denver, LicenseClass = LicenseClass.Assistant, Count = 1 },
            new PurchasedLicense { CompanyId = companyId, ClinicId = denver, LicenseClass = LicenseClass.Student, Count = 1 });
        db.LicenseAdjustmentRequests.Add(new LicenseAdjustmentRequest
        {
            CompanyId = companyId, ClinicId = phoenix, Direction = LicenseAdjustmentDirection.Add, AssistantCount = 1,
            Reason = LicenseAdjustmentReason.NewHire, Explanation = "A second PTA starts next month.",
            Status = LicenseAdjustmentStatus.Pending, RequestedByUserId = director, RequestedByUserName = "director", RequestedAt = clock.GetUtcNow(),
        });
        DemoSettingsSeed.Add(db, companyId, phoenix, denver);
        DemoFeeScheduleSeed.Add(db, companyId, DemoSettingsSeed.PhoenixFeeSchedule, clock.GetUtcNow().Year);
        await db.SaveChangesAsync(ct);

        // The vendor's account team is a company of its own, marked as the vendor, with no clinics.
        var vendor = new Company { Name = VendorCompanyName, CreatedAt = clock.GetUtcNow(), IsVendor = true };
        db.Companies.Add(vendor);
        await db.SaveChangesAsync(ct);
        await provisioning.CreateUserAsync(vendor.Id, new NewUser("sysadmin", "Sydney Sysadmin", password, UserType.Clerical, [], []) { FirstName = "Sydney", LastName = "Sysadmin" }, ct);
        logins.Add(new DemoLogin("sysadmin", password, "vendor account team (SystemAdmin): decides license requests of every company"));
        await DemoClinicalSeed.AddAsync(db, companyId, phoenix, denver, clock.GetUtcNow(), ct);
        return logins;
    }
}

public sealed record DemoLogin(string UserName, string Password, string Role);
