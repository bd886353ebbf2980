using Rehab.Core.Billing;

namespace Rehab.Bench.Billing;

/// <summary>Notes as clinics document them, for the billing benchmarks: a typical 4-line visit and a varied pool.</summary>
public static class SampleNotes
{
    /// <summary>Exercise, manual therapy and neuromuscular re-education with a hot pack.</summary>
    public static readonly ServiceLine[] Typical =
    [
        ServiceLine.Of("97110", 23),
        ServiceLine.Of("97140", 15),
        ServiceLine.Of("97112", 10),
        ServiceLine.Of("97010", 10),
    ];

    private static readonly string[] TimedCodes = ["97110", "97112", "97116", "97140", "97530", "97535", "97035", "97032"];
    private static readonly string[] UntimedCodes = ["97010", "97012", "G0283", "97161", "97164", "97150"];

    /// <summary>Distinct notes of 2 to 6 lines, mostly timed codes; the same seed gives the same notes.</summary>
    public static ServiceLine[][] Pool(int count, int seed = 20_26)
    {
        var random = new Random(seed);
        var notes = new ServiceLine[count][];
        for (var n = 0; n < count; n++)
        {
            var lines = new ServiceLine[random.Next(2, 7)];
            for (var i = 0; i < lines.Length; i++)
                lines[i] = random.Next(5) == 0
                    ? ServiceLine.Of(UntimedCodes[random.Next(UntimedCodes.Length)], random.Next(5, 31))
                    : ServiceLine.Of(TimedCodes[random.Next(TimedCodes.Length)], random.Next(1, 39));
            notes[n] = lines;
        }
        return notes;
    }
}
