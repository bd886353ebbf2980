using BenchmarkDotNet.Attributes;
using Rehab.Core.Billing;
using Rehab.Core.Billing.Modifiers;

namespace Rehab.Bench.Billing;

/// <summary>
/// Everything billing works out for a Medicare PT note: units under the 8-minute rule, then GP, CQ (a
/// third of the minutes by the assistant), NCCI edits and KX.
/// </summary>
[MemoryDiagnoser]
public class NoteBillingBenchmarks
{
    public const int Batch = 1_000_000;

    private static readonly DateOnly DateOfService = new(2026, 11, 26);
    private static readonly PayerModifierSettings Medicare = PayerModifierSettings.Medicare();
    private static readonly IReadOnlyDictionary<TherapyBucket, TherapyYearToDate> YearToDate =
        new Dictionary<TherapyBucket, TherapyYearToDate> { [TherapyBucket.PhysicalAndSpeech] = new(2_300m, 250m) };

    private readonly UnitCalculator _calculator = UnitCalculator.Standard;
    private ServiceLine[][] _notes = [];

    [GlobalSetup]
    public void Setup() => _notes = SampleNotes.Pool(4096);

    [Benchmark]
    public int TypicalNote() => Bill(SampleNotes.Typical);

    /// <summary>Per note: BenchmarkDotNet divides the time and allocations of the whole batch by its size.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public long MillionNotes()
    {
        long lines = 0;
        var pool = _notes;
        for (var i = 0; i < Batch; i++)
            lines += Bill(pool[i % pool.Length]);
        return lines;
    }

    private int Bill(ServiceLine[] note)
    {
        var units = _calculator.Calculate(UnitRule.EightMinute, note);
        var billed = new BilledLine[units.Lines.Count];
        for (var i = 0; i < billed.Length; i++)
        {
            var line = units.Lines[i];
            var assistant = line.Minutes / 3;
            billed[i] = new BilledLine(line.Code, Discipline.PT, line.IsTimed, line.Units,
                TherapistMinutes: line.Minutes - assistant, AssistantMinutes: assistant);
        }
        return ModifierEngine.Apply(new ModifierRequest(DateOfService, Medicare, billed, YearToDate: YearToDate)).Lines.Count;
    }
}
