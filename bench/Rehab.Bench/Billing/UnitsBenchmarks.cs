using BenchmarkDotNet.Attributes;
using Rehab.Core.Billing;

namespace Rehab.Bench.Billing;

/// <summary>What working out a note's billed units costs: one typical note, and a batch of a million varied notes.</summary>
[MemoryDiagnoser]
public class UnitsBenchmarks
{
    public const int Batch = 1_000_000;

    private readonly UnitCalculator _calculator = UnitCalculator.Standard;
    private ServiceLine[][] _notes = [];

    [Params(UnitRule.EightMinute, UnitRule.RuleOfEights)]
    public UnitRule Rule { get; set; }

    [GlobalSetup]
    public void Setup() => _notes = SampleNotes.Pool(4096);

    [Benchmark]
    public int TypicalNote() => _calculator.Calculate(Rule, SampleNotes.Typical).TotalUnits;

    /// <summary>Per note: BenchmarkDotNet divides the time and allocations of the whole batch by its size.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public long MillionNotes()
    {
        long units = 0;
        var pool = _notes;
        for (var i = 0; i < Batch; i++)
            units += _calculator.Calculate(Rule, pool[i % pool.Length]).TotalUnits;
        return units;
    }
}
