using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Rehab.Web.Tests.Cli;
using Rehab.Web.Tests.Infrastructure;

namespace Rehab.Web.Tests.Data;

/// <summary>
/// Pub. 100-04 Ch. 5 §20.1: a Medicare payer always applies GP/GO/GN. A payer stored before that was enforced, with
/// the setting off, is corrected by the Billing2MedicareModifiers migration; other payers keep their setting.
/// </summary>
public sealed class MedicareModifierMigrationTests
{
    private const string BeforeBilling2 = "AccountSessionsAndPasswordAge";

    [Theory, Providers]
    public async Task Upgrading_a_database_turns_therapy_and_assistant_modifiers_on_for_its_Medicare_payers(
        string provider)
    {
        await using var database = new CliDatabase(provider);
        Assert.Equal(0, (await database.RunAsync("migrate")).ExitCode);
        Assert.Equal(0, (await database.RunAsync("seed-demo")).ExitCode);
        await database.QueryAsync(async (_, db) =>
        {
            await db.GetService<IMigrator>().MigrateAsync(BeforeBilling2);
            return await db.Database.ExecuteSqlAsync($"UPDATE \"Payers\" SET \"AppliesTherapyModifiers\" = {false}");
        });

        Assert.Equal(0, (await database.RunAsync("migrate")).ExitCode);

        var payers = await database.QueryAsync(async (_, db) => await db.Payers.IgnoreQueryFilters()
            .Select(p => new { p.Name, p.Type, p.AppliesTherapyModifiers, p.AppliesAssistantModifiers }).ToListAsync());
        var medicare = payers.Where(p => p.Type == Rehab.Core.Settings.InsuranceType.Medicare).ToList();
        Assert.NotEmpty(medicare);
        Assert.All(medicare, p => Assert.True(p.AppliesTherapyModifiers && p.AppliesAssistantModifiers, p.Name));
        var others = payers.Where(p => p.Type is not (Rehab.Core.Settings.InsuranceType.Medicare
            or Rehab.Core.Settings.InsuranceType.MedicareReplacement)).ToList();
        Assert.NotEmpty(others);
        Assert.All(others, p => Assert.False(p.AppliesTherapyModifiers, p.Name));
    }
}
