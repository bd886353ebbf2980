using Rehab.Core.Organization;
using Rehab.Core.Users;
using Rehab.Data.Training;

namespace Rehab.Data.Organization;

/// <summary>The demo company a new installation starts with, so a visitor can log in and look around.</summary>
public sealed class DemoSeed(CompanyProvisioning provisioning, TrainingSeed training)
{
    public const string DefaultPassword = "rehab-demo-2026";

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
        var demo = await provisioning.CreateAsync(new NewCompany("Desert Sun Rehab", "86-1234567", Clinics,
            new NewUser("admin", "Avery Admin", password, UserType.Clerical, [Permission.CompanyAdmin])), ct);
        await training.AddStarterCoursesAsync(demo.Company.Id, ct);
        return [new DemoLogin("admin", password, "company administrator, all clinics")];
    }
}

public sealed record DemoLogin(string UserName, string Password, string Role);
