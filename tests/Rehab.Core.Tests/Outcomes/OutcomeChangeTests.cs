using Rehab.Core.Outcomes;

namespace Rehab.Core.Tests.Outcomes;

public sealed class OutcomeChangeTests
{
    [Fact]
    public void Lefs_rising_by_12_is_an_improvement_that_meets_the_mcid_of_9()
    {
        var change = OutcomeChange.Between(OutcomeInstruments.Lefs, 40m, 52m);

        Assert.Equal((12m, 12m, true), (change.Change, change.Improvement, change.McidMet));
        Assert.Equal("LEFS 40 at intake, 52 now (higher is better): 12 points better; the MCID of 9 is met.", change.Explanation);
    }

    [Fact]
    public void Odi_falling_is_an_improvement_signed_positive()
    {
        var change = OutcomeChange.Between(OutcomeInstruments.Odi, 36.0m, 28.0m);

        Assert.Equal((-8.0m, 8.0m, false), (change.Change, change.Improvement, change.McidMet));
        Assert.Equal("ODI 36.0% at intake, 28.0% now (higher is worse): 8.0 points better; short of the MCID of 10.", change.Explanation);
    }

    [Theory]
    [InlineData("ODI", "40", "30", true)] // exactly the MCID counts
    [InlineData("ODI", "40", "30.1", false)]
    [InlineData("NPRS", "7", "5", true)]
    [InlineData("QuickDASH", "31.8", "15.9", true)]
    [InlineData("PSFS", "3.7", "5.3", false)]
    [InlineData("PSFS", "3.7", "5.7", true)]
    [InlineData("NDI", "44", "30", false)]
    public void Mcid_is_met_when_the_improvement_reaches_it(string code, string intake, string current, bool met)
    {
        var change = OutcomeChange.Between(OutcomeInstruments.Find(code)!, decimal.Parse(intake, System.Globalization.CultureInfo.InvariantCulture),
            decimal.Parse(current, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(met, change.McidMet);
    }

    [Fact]
    public void Getting_worse_is_a_negative_improvement()
    {
        var change = OutcomeChange.Between(OutcomeInstruments.Nprs, 3m, 6m);

        Assert.Equal(-3m, change.Improvement);
        Assert.False(change.McidMet);
        Assert.Equal("NPRS 3 at intake, 6 now (higher is worse): 3 points worse; short of the MCID of 2.", change.Explanation);
        Assert.Contains("no change", OutcomeChange.Between(OutcomeInstruments.Nprs, 3m, 3m).Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_score_off_the_instrument_s_range_is_a_programming_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OutcomeChange.Between(OutcomeInstruments.Lefs, 81m, 40m));
        Assert.Throws<ArgumentOutOfRangeException>(() => OutcomeChange.Between(OutcomeInstruments.Nprs, 5m, -1m));
    }
}
