using System.Text.Json;

namespace Rehab.Core.Tests.Billing;

/// <summary>
/// The worked cases of shared/vectors/units.json, read where they live: in the shared/ folder beside the
/// repository, found by walking up from the test assembly.
/// </summary>
public static class UnitVectors
{
    private const string RelativePath = "shared/vectors/units.json";

    private static readonly Lazy<IReadOnlyList<UnitVector>> Cases = new(Load);

    public static IReadOnlyList<UnitVector> All => Cases.Value;

    public static UnitVector Case(string id) => All.Single(c => c.Id == id);

    public static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, RelativePath);
            if (File.Exists(candidate))
                return candidate;
        }
        throw new FileNotFoundException(
            $"{RelativePath} was not found in any folder above {AppContext.BaseDirectory}. The unit vectors live in the "
            + "shared/ folder next to the repository's clone; put a copy of shared/ beside the clone.");
    }

    private static List<UnitVector> Load()
    {
        using var file = File.OpenRead(Locate());
        return JsonSerializer.Deserialize<List<UnitVector>>(file, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidDataException($"{RelativePath} holds no cases.");
    }
}

public sealed record UnitVector(
    string Id,
    string Source,
    string Method,
    IReadOnlyList<UnitVectorLine> Lines,
    UnitVectorExpected Expected,
    string? Note);

public sealed record UnitVectorLine(string Cpt, int Minutes);

public sealed record UnitVectorExpected(
    int TotalUnits,
    Dictionary<string, int>? UnitsByCode,
    IReadOnlyList<Dictionary<string, int>>? AllowedAllocations);
