using QRCoder;

namespace Rehab.Web.Auth.Mfa;

/// <summary>What an authenticator app needs to enrol: the shared key in text and as a QR code drawn here.</summary>
public sealed record AuthenticatorSetup(string Key, string Uri)
{
    public const string Issuer = "Rehab EMR";

    public static AuthenticatorSetup For(string userName, string key) => new(key,
        $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(userName)}" +
        $"?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6&period=30");

    /// <summary>The key in groups of four, lower case, as people type it.</summary>
    public string KeyForTyping => string.Join(' ', Key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));

    public string QrCodeDataUri
    {
        get
        {
            using var data = QRCodeGenerator.GenerateQrCode(Uri, QRCodeGenerator.ECCLevel.M);
            return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
        }
    }
}
