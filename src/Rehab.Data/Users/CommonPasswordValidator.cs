using System.IO.Compression;
using Microsoft.AspNetCore.Identity;

namespace Rehab.Data.Users;

/// <summary>
/// Refuses the 30,000 most common passwords of published breach corpora, compared without regard to case
/// (ASVS 6.2.4; NIST SP 800-63B §5.1.1.2). The list ships inside the product; see the README for its source.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<RehabUser>
{
    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public static bool IsCommon(string password) => Common.Value.Contains(password.Trim());

    public Task<IdentityResult> ValidateAsync(UserManager<RehabUser> manager, RehabUser user, string? password) =>
        Task.FromResult(password is not null && IsCommon(password)
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordTooCommon",
                Description = "This password is on the list of common and breached passwords; choose another.",
            })
            : IdentityResult.Success);

    private static HashSet<string> Load()
    {
        using var resource = typeof(CommonPasswordValidator).Assembly
            .GetManifestResourceStream("Rehab.Data.Users.common-passwords.txt.gz")
            ?? throw new InvalidOperationException("The common-password list is missing from the build.");
        using var reader = new StreamReader(new GZipStream(resource, CompressionMode.Decompress));
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0)
                words.Add(line);
        return words;
    }
}
