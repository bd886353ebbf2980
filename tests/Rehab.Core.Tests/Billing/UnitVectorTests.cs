using Rehab.Core.Billing;

namespace Rehab.Core.Tests.Billing;

/// <summary>Every worked case of units.json (kept in this repository) (billing-rules.md §1–2, §9), each named by its id.</summary>
public sealed class UnitVectorTests
{
    public static TheoryData<string> Ids() => [.. UnitVectors.All.Select(c => c.Id)];

    public static TheoryData<string> AddOnIds() => [.. UnitVectors.AddOns.Value.Select(c => c.Id)];

    [Fact]
    public void The_vector_file_is_found_beside_the_repository_and_holds_cases_for_both_rules()
    {
        Assert.Contains(UnitVectors.All, c => c.Method == UnitRuleNames.EightMinute);
        Assert.Contains(UnitVectors.All, c => c.Method == UnitRuleNames.RuleOfEights);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Vector_total_and_split_match_the_source(string id) => Check(UnitVectors.Case(id));

    // addons.json: 97129 once a day, +97130 never without it (AMA CPT)
    [Theory]
    [MemberData(nameof(AddOnIds))]
    public void Add_on_vector_total_and_split_match_the_source(string id) =>
        Check(UnitVectors.AddOns.Value.Single(c => c.Id == id));

    private static void Check(UnitVector vector)
    {
        Assert.True(UnitRuleNames.TryParse(vector.Method, out var rule), $"unknown method {vector.Method}");

        var result = UnitCalculator.Standard.Calculate(rule, [.. vector.Lines.Select(l => ServiceLine.Of(l.Cpt, l.Minutes))]);

        Assert.Equal(vector.Expected.TotalUnits, result.TotalUnits);
        if (vector.Expected.UnitsByCode is { } expected)
        {
            Assert.Equal(expected, UnitsByCode(result));
            Assert.False(result.HasTie);
            Assert.Equal([result.Allocation], result.AllowedAllocations);
        }
        else
        {
            var allowed = vector.Expected.AllowedAllocations!.Select(Allocation).ToHashSet();
            Assert.True(result.HasTie);
            Assert.Contains(result.Allocation, allowed);
            Assert.Equal(allowed, result.AllowedAllocations.ToHashSet());
            Assert.Equal(result.AllowedAllocations.Count, result.AllowedAllocations.Distinct().Count());
            Assert.All(allowed, a => Assert.True(result.Allows(a), $"{a} should be allowed"));
        }
    }

    private static Dictionary<string, int> UnitsByCode(UnitCalculation result) =>
        result.Lines.GroupBy(l => l.Code.Value).ToDictionary(g => g.Key, g => g.Sum(l => l.Units));

    private static UnitAllocation Allocation(Dictionary<string, int> units) =>
        new(units.Select(u => KeyValuePair.Create(ProcedureCode.Parse(u.Key), u.Value)));
}
