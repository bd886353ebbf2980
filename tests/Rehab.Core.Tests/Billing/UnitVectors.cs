using System.Text.Json;

namespace Rehab.Core.Tests.Billing;

/// <summary>
/// The worked cases of units.json, kept in this repository, copied beside the
/// test assembly.
/// </summary>
public static class UnitVectors
{
    private const string RelativePath = "Billing/Vectors/units.json";

    private static readonly Lazy<IReadOnlyList<UnitVector>> Cases = new(() => Load(RelativePath));

    /// <summary>The add-on and once-a-day cases of addons.json, in the same format.</summary>
    public static readonly Lazy<IReadOnlyList<UnitVector>> AddOns = new(() => Load("Billing/Vectors/addons.json"));

    public static IReadOnlyList<UnitVector> All => Cases.Value;

    public static UnitVector Case(string id) => All.Single(c => c.Id == id);

    public static string Locate() => Path.Combine(AppContext.BaseDirectory, RelativePath);

    private static List<UnitVector> Load(string relativePath)
    {
        using var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, relativePath));
        return JsonSerializer.Deserialize<List<UnitVector>>(file, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidDataException($"{relativePath} holds no cases.");
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
