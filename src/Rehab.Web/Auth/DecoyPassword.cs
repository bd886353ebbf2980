using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Rehab.Data.Users;

namespace Rehab.Web.Auth;

/// <summary>
/// Checks a password against a hash no one knows. A sign-in whose password Identity does not check (unknown username,
/// locked or inactive account) does this instead, so every refusal costs the same hash work and answers in the same
/// time: the answer's speed does not tell which usernames exist (OWASP ASVS 6.3.8).
/// </summary>
public sealed class DecoyPassword(IPasswordHasher<RehabUser> hasher)
{
    private static readonly RehabUser Nobody = new() { DisplayName = "" };
    private static string? _hash;

    public void Check(string password)
    {
        var hash = _hash ??= hasher.HashPassword(Nobody, RandomNumberGenerator.GetHexString(32));
        _ = hasher.VerifyHashedPassword(Nobody, hash, password);
    }
}
