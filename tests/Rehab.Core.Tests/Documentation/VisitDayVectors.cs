using System.Text.Json;

namespace Rehab.Core.Tests.Documentation;

/// <summary>
/// The worked second-note-of-the-day cases of visit-days.json, kept in this repository, copied beside the test
/// assembly.
/// </summary>
public static class VisitDayVectors
{
    private const string RelativePath = "Billing/Vectors/visit-days.json";

    private static readonly Lazy<IReadOnlyList<VisitDayVector>> Cases = new(Load);

    public static IReadOnlyList<VisitDayVector> All => Cases.Value;

    public static VisitDayVector Case(string id) => All.Single(c => c.Id == id);

    private static List<VisitDayVector> Load()
    {
        using var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, RelativePath));
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        return JsonSerializer.Deserialize<List<VisitDayVector>>(file, options)
            ?? throw new InvalidDataException($"{RelativePath} holds no cases.");
    }
}

/// <param name="BilledBefore">The lines of the day's finalized note, with the units it billed.</param>
/// <param name="Lines">The lines of the note being billed.</param>
public sealed record VisitDayVector(
    string Id, string Source, string Method, IReadOnlyList<VisitDayBilledLine> BilledBefore,
    IReadOnlyList<VisitDayLine> Lines, VisitDayExpected Expected, string? Note);

public sealed record VisitDayBilledLine(string Cpt, int Minutes, int Units);

public sealed record VisitDayLine(string Cpt, int Minutes);

/// <param name="DayUnits">The day's units under the rule, both notes together.</param>
/// <param name="UnitsByCode">The units the note being billed adds, by code.</param>
public sealed record VisitDayExpected(int DayUnits, Dictionary<string, int> UnitsByCode);
