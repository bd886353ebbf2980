using Rehab.Data;
using Rehab.Data.Organization;

namespace Rehab.Web.Hosting;

/// <summary>On start: migrate the database, and seed the demo company into an empty one when configured.</summary>
public static class DatabaseStartup
{
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RehabDbContext>();
        if (app.Configuration.GetValue("Database:MigrateOnStart", true))
            await db.MigrateAsync();

        if (!app.Configuration.GetValue("Rehab:Demo:Seed", false))
            return;
        var password = app.Configuration["Rehab:Demo:Password"] ?? DemoSeed.DefaultPassword;
        var logins = await scope.ServiceProvider.GetRequiredService<DemoSeed>().SeedAsync(password);
        if (logins.Count == 0)
            return;
        Console.WriteLine("Demo company created. Sign in with:");
        foreach (var login in logins)
            Console.WriteLine($"  {login.UserName,-12} {login.Password}   ({login.Role})");
    }
}
