using Rehab.Data;

namespace Rehab.Web.Hosting;

/// <summary>
/// The key folder at start: in Development created with its keys on first run; elsewhere it must be configured and
/// complete, or the app refuses to start rather than run with secrets it would have to keep in the database.
/// </summary>
public static class KeyFolder
{
    public static KeyDirectory AddKeyDirectory(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        var keys = KeyDirectory.Read(builder.Configuration, builder.Environment.ContentRootPath, development)
            ?? throw new InvalidOperationException(
                $"{KeyDirectory.ConfigurationKey} is not set. It names the folder of keys kept outside the database; "
                + "create one with: rehab keys create --directory <folder>");
        if (development)
        {
            if (keys.CreateMissing() is { Count: > 0 } created)
                Console.WriteLine($"Created {string.Join(", ", created)} in {keys.Path}: "
                    + "keep this folder, and a copy of it "
                    + "elsewhere; without it no sign-in survives and the audit log cannot be verified.");
        }
        else if (keys.Missing() is { Count: > 0 } missing)
            throw new InvalidOperationException(
                $"The key folder {keys.Path} ({KeyDirectory.ConfigurationKey}) lacks {string.Join(", ", missing)}. "
                + "Restore it from its copy, or create the keys of a new installation with: "
                + "rehab keys create --directory " + keys.Path);
        builder.Services.AddSingleton(keys);
        return keys;
    }
}
