using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Rehab.Data.Documentation;

namespace Rehab.Web.Documentation;

/// <summary>
/// The version a client reads with a note and sends back when saving it: the note's concurrency token and a short
/// fingerprint of each part of the content. A save from an older version is refused, and the fingerprints tell it
/// which parts were changed since it read them, without keeping old versions. Opaque to clients.
/// </summary>
public static class NoteVersion
{
    private const int FingerprintBytes = 4;

    /// <summary>
    /// The parts a save may overwrite, and the note's status: the API's field name, its name on the page, and the part's
    /// stored value. A save whose parts are all as it read them goes through even when the note's version moved on (an
    /// outcome survey answered on the tablet meanwhile): it overwrites nothing anyone else wrote.
    /// </summary>
    private static readonly (string Field, string Label, Func<Note, string?> Value)[] Parts =
    [
        ("soap.subjective", "Subjective", n => n.Subjective),
        ("soap.objective", "Objective", n => n.Objective),
        ("soap.assessment", "Assessment", n => n.Assessment),
        ("soap.plan", "Plan", n => n.Plan),
        ("evaluation", "Problems, goals and plan of care", n => n.Evaluation),
        ("charges", "Charges", n => string.Join('\n', n.Charges.OrderBy(c => c.Position).Select(c => string.Join('|',
            c.Code, c.Minutes, c.AssistantMinutes, c.DateOfService.ToString("O", CultureInfo.InvariantCulture), c.PlaceOfService,
            c.ChosenModifiers, c.SeparateBlockOrRegion)))),
        ("totalTreatmentMinutes", "Total treatment minutes", n => n.TotalTreatmentMinutes?.ToString(CultureInfo.InvariantCulture)),
        ("tieChoice", "Tie choice", n => n.TieChoice),
        ("status", "Status (forwarded or signed)", n => $"{n.Status}|{n.ForwardedToId}"),
    ];

    /// <summary>The version of the note as stored now (its charge lines loaded).</summary>
    public static string Of(Note note)
    {
        var bytes = new byte[16 + Parts.Length * FingerprintBytes];
        note.Version.TryWriteBytes(bytes);
        for (var i = 0; i < Parts.Length; i++)
            Fingerprint(Parts[i].Value(note)).CopyTo(bytes.AsSpan(16 + i * FingerprintBytes));
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>Reads a version this server gave; false for anything else.</summary>
    public static bool TryRead(string? text, out Guid token)
    {
        token = Guid.Empty;
        var chars = text.AsSpan().Trim();
        if (chars.Length > 200 || !Base64Url.IsValid(chars, out var length) || length != 16 + Parts.Length * FingerprintBytes)
            return false;
        token = new Guid(Base64Url.DecodeFromChars(chars).AsSpan(0, 16));
        return true;
    }

    /// <summary>The fields (API name and label) whose stored values differ from those of the version read, one <see cref="TryRead"/> accepted.</summary>
    public static IReadOnlyList<(string Field, string Label)> ChangedSince(string read, Note stored)
    {
        var bytes = Base64Url.DecodeFromChars(read.Trim());
        return Parts.Where((part, i) => !bytes.AsSpan(16 + i * FingerprintBytes, FingerprintBytes).SequenceEqual(Fingerprint(part.Value(stored))))
            .Select(part => (part.Field, part.Label)).ToList();
    }

    private static byte[] Fingerprint(string? value) =>
        SHA256.HashData(Encoding.UTF8.GetBytes(value is null ? "\0" : "=" + value))[..FingerprintBytes];
}
