using System.Text.Json;
using Rehab.Core.Audit;

namespace Rehab.Data.Audit;

/// <summary>The checkpoint kept beside the audit key, outside the database; it only ever moves forward.</summary>
public sealed class AuditCheckpointFile(string path)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string Path { get; } = path;

    public AuditCheckpoint? Read()
    {
        if (!File.Exists(Path))
            return null;
        try
        {
            return JsonSerializer.Deserialize<AuditCheckpoint>(File.ReadAllText(Path), Json);
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"The audit checkpoint {Path} is not readable: {e.Message}", e);
        }
    }

    /// <summary>Writes <paramref name="checkpoint"/> unless the file holds a later one; true when written.</summary>
    public bool Write(AuditCheckpoint checkpoint)
    {
        if (Read() is { } current && current.Sequence > checkpoint.Sequence)
            return false;
        var temporary = $"{Path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(checkpoint, Json));
        File.Move(temporary, Path, overwrite: true);
        return true;
    }
}
