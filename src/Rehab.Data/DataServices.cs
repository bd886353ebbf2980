using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Data.Audit;
using Rehab.Data.Organization;

namespace Rehab.Data;

public static class DataServices
{
    /// <summary>
    /// Reads <c>Database:Provider</c> (Sqlite or Postgres) and <c>ConnectionStrings:Rehab</c>. A relative
    /// SQLite file is placed under <paramref name="baseDirectory"/> and its folder is created.
    /// </summary>
    public static DatabaseOptions ReadDatabaseOptions(IConfiguration configuration, string baseDirectory)
    {
        var providerText = configuration["Database:Provider"] ?? "Sqlite";
        if (!Enum.TryParse<DatabaseProvider>(providerText, ignoreCase: true, out var provider))
            throw new InvalidOperationException($"Database:Provider must be Sqlite or Postgres, not '{providerText}'.");
        var connection = configuration.GetConnectionString("Rehab");
        if (provider == DatabaseProvider.Postgres)
            return new(provider, string.IsNullOrWhiteSpace(connection)
                ? throw new InvalidOperationException("ConnectionStrings:Rehab is required when Database:Provider is Postgres.")
                : connection);

        var sqlite = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connection) ? DatabaseOptions.DefaultSqlite : connection);
        if (sqlite.DataSource != ":memory:" && !Path.IsPathRooted(sqlite.DataSource))
            sqlite.DataSource = Path.GetFullPath(Path.Combine(baseDirectory, sqlite.DataSource));
        if (Path.GetDirectoryName(sqlite.DataSource) is { Length: > 0 } folder)
            Directory.CreateDirectory(folder);
        return new(provider, sqlite.ToString());
    }

    /// <summary>The database context for the configured provider, reachable as <see cref="RehabDbContext"/>.</summary>
    public static IServiceCollection AddRehabData(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddSingleton(database);
        services.AddSingleton(TimeProvider.System);
        if (database.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<PostgresRehabDbContext>(o => o.UseNpgsql(
                PostgresConnectionDefaults.Apply(database.ConnectionString),
                n => n.MigrationsHistoryTable("__EFMigrationsHistory")));
            services.AddScoped<RehabDbContext>(sp => sp.GetRequiredService<PostgresRehabDbContext>());
        }
        else
        {
            services.AddSingleton<Sqlite.SqliteWriteGate>();
            services.AddDbContext<SqliteRehabDbContext>(o => o.UseSqlite(database.ConnectionString)
                .AddInterceptors(new Sqlite.SqliteConnectionSetup()));
            services.AddScoped<RehabDbContext>(sp => sp.GetRequiredService<SqliteRehabDbContext>());
        }
        services.AddScoped<AuditLog>();
        services.AddSingleton<Users.SessionCache>();
        services.AddSingleton<AuditSealSignal>();
        services.AddSingleton<AuditSealer>();
        services.AddScoped<CompanyProvisioning>();
        services.AddScoped<DemoSeed>();
        services.AddScoped<Billing.FeeScheduleImport>();
        services.AddScoped<Billing.NcciEditImport>();
        services.AddScoped<Billing.CompanyCodes>();
        services.AddScoped<Training.TrainingEnrollment>();
        services.AddScoped<Users.IRoleTemplateListener>(sp => sp.GetRequiredService<Training.TrainingEnrollment>());
        services.AddScoped<Training.TrainingSeed>();
        return services;
    }

    /// <summary>Identity settings shared by the web app and the CLI (ONC 170.315(d)(1); OWASP ASVS 2.1).</summary>
    public static void ConfigureIdentity(IdentityOptions o)
    {
        o.Password.RequiredLength = Core.Users.PasswordRules.MinimumLength;
        o.Password.RequireDigit = false;
        o.Password.RequireLowercase = false;
        o.Password.RequireUppercase = false;
        o.Password.RequireNonAlphanumeric = false;
        o.Password.RequiredUniqueChars = 1;
        o.Lockout.MaxFailedAccessAttempts = Core.Users.PasswordRules.FailedAttemptsBeforeLockout;
        o.Lockout.DefaultLockoutTimeSpan = Core.Users.PasswordRules.LockoutDuration;
        o.Lockout.AllowedForNewUsers = true;
        o.User.RequireUniqueEmail = false;
        o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@+";
    }

    public static async Task MigrateAsync(this RehabDbContext db, CancellationToken ct = default) =>
        await db.Database.MigrateAsync(ct);
}
