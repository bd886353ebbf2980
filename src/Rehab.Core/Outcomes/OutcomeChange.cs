namespace Rehab.Core.Outcomes;

/// <summary>How a patient's score moved since intake, and whether the move is clinically important.</summary>
/// <param name="Change">Current less intake, as the numbers move.</param>
/// <param name="Improvement">The change signed so that a positive number is better, whichever way the instrument runs.</param>
/// <param name="McidMet">The improvement is at least the instrument's MCID.</param>
public sealed record OutcomeChange(
    string InstrumentCode, decimal Intake, decimal Current, decimal Change, decimal Improvement, decimal Mcid, bool McidMet, string Explanation)
{
    /// <exception cref="ArgumentOutOfRangeException">A score is outside the instrument's range.</exception>
    public static OutcomeChange Between(OutcomeInstrument instrument, decimal intake, decimal current)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        InRange(instrument, intake, nameof(intake));
        InRange(instrument, current, nameof(current));
        var change = current - intake;
        var improvement = instrument.Direction == ScoreDirection.HigherIsBetter ? change : -change;
        var met = improvement >= instrument.Mcid;
        var points = instrument.Points(Math.Abs(improvement));
        var moved = improvement switch
        {
            > 0 => $"{points} points better",
            < 0 => $"{points} points worse",
            _ => "no change",
        };
        var explanation = $"{instrument.Code} {instrument.Format(intake)} at intake, {instrument.Format(current)} now "
            + $"({instrument.Direction.Describe()}): {moved}; "
            + (met ? $"the MCID of {instrument.Mcid} is met." : $"short of the MCID of {instrument.Mcid}.");
        return new OutcomeChange(instrument.Code, intake, current, change, improvement, instrument.Mcid, met, explanation);
    }

    private static void InRange(OutcomeInstrument instrument, decimal score, string name)
    {
        if (score < instrument.MinScore || score > instrument.MaxScore)
            throw new ArgumentOutOfRangeException(name, score, $"A {instrument.Code} score is from {instrument.MinScore} to {instrument.MaxScore}.");
    }
}
