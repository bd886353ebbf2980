using Microsoft.AspNetCore.Hosting;
using Rehab.Data;
using Rehab.Data.Organization;

namespace Rehab.Testing;

public static class DemoHost
{
    public const string Password = DemoSeed.DefaultPassword;

    /// <summary>The app as `dotnet run` starts it (Development, demo seeded), on the given test database.</summary>
    public static IWebHostBuilder UseDemoOn(this IWebHostBuilder builder, TestDatabase database) => builder
        .UseEnvironment("Development")
        .UseSetting("Database:Provider", database.Provider)
        .UseSetting("ConnectionStrings:Rehab", database.ConnectionString)
        .UseSetting(KeyDirectory.ConfigurationKey, database.KeysDirectory)
        .UseSetting("Rehab:Demo:Seed", "true")
        .UseSetting("Rehab:Demo:Password", Password)
        // Every test signs in from the same address, many times a second; the throttle's own tests set it low.
        .UseSetting("Rehab:SignInThrottle:Burst", "1000000")
        .UseSetting("Rehab:SignInThrottle:PerMinute", "1000000");
}
