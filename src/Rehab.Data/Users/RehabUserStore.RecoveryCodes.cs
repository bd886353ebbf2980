using System.Security.Cryptography;
using System.Text;

namespace Rehab.Data.Users;

/// <summary>
/// Recovery codes are kept as salted PBKDF2 hashes, never as the codes themselves: Identity's codes carry about 50
/// bits, less than the 112 bits ASVS 6.5.2 asks of lookup secrets stored with a plain hash.
/// </summary>
public sealed partial class RehabUserStore
{
    private const string StoreProvider = "[AspNetUserStore]";
    private const string HashedCodes = "HashedRecoveryCodes";
    private const int Iterations = 100_000;

    public override Task ReplaceCodesAsync(RehabUser user, IEnumerable<string> recoveryCodes,
        CancellationToken cancellationToken)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var stored = string.Join(';', [Convert.ToBase64String(salt), .. recoveryCodes.Select(c => Hash(c, salt))]);
        return SetTokenAsync(user, StoreProvider, HashedCodes, stored, cancellationToken);
    }

    public override async Task<bool> RedeemCodeAsync(RehabUser user, string code, CancellationToken cancellationToken)
    {
        if (await StoredAsync(user, cancellationToken) is not { Length: > 1 } stored)
            return false;
        var attempt = Convert.FromBase64String(Hash(code, Convert.FromBase64String(stored[0])));
        var match = Array.FindIndex(stored, 1,
            s => CryptographicOperations.FixedTimeEquals(Convert.FromBase64String(s), attempt));
        if (match < 0)
            return false;
        var left = string.Join(';', stored.Where((_, i) => i != match));
        await SetTokenAsync(user, StoreProvider, HashedCodes, left, cancellationToken);
        return true;
    }

    public override async Task<int> CountCodesAsync(RehabUser user, CancellationToken cancellationToken) =>
        await StoredAsync(user, cancellationToken) is { Length: > 1 } stored ? stored.Length - 1 : 0;

    private async Task<string[]?> StoredAsync(RehabUser user, CancellationToken ct) =>
        (await GetTokenAsync(user, StoreProvider, HashedCodes, ct))?.Split(';');

    private static string Hash(string code, byte[] salt) => Convert.ToBase64String(Rfc2898DeriveBytes.Pbkdf2(
        Encoding.UTF8.GetBytes(code.Trim().ToUpperInvariant()), salt, Iterations, HashAlgorithmName.SHA256, 32));
}
