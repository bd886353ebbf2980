using Rehab.Core.Outcomes;

namespace Rehab.Core.Tests.Outcomes;

public sealed class OutcomeInstrumentsTests
{
    public static TheoryData<string> Codes() => [.. OutcomeInstruments.All.Select(i => i.Code)];

    [Fact]
    public void The_catalogue_holds_the_six_instruments_once_each()
    {
        Assert.Equal(["LEFS", "ODI", "NDI", "QuickDASH", "PSFS", "NPRS"], OutcomeInstruments.All.Select(i => i.Code));
    }

    [Theory]
    [InlineData("quickdash", "QuickDASH")]
    [InlineData(" odi ", "ODI")]
    [InlineData("LEFS", "LEFS")]
    public void Find_ignores_letter_case_and_blanks(string code, string expected)
    {
        Assert.Equal(expected, OutcomeInstruments.Find(code)?.Code);
    }

    [Theory]
    [InlineData("DASH")]
    [InlineData("")]
    [InlineData(null)]
    public void Find_answers_null_for_an_unknown_code(string? code)
    {
        Assert.Null(OutcomeInstruments.Find(code));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Items_are_numbered_from_1_and_enough_are_required_to_score(string code)
    {
        var instrument = OutcomeInstruments.Find(code)!;

        Assert.Equal(Enumerable.Range(1, instrument.Items.Count), instrument.Items.Select(i => i.Number));
        Assert.All(instrument.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.Topic)));
        Assert.InRange(instrument.MinimumAnswered, 1, instrument.Items.Count);
        Assert.True(instrument.RequiredItems.Count() >= instrument.MinimumAnswered);
        Assert.True(instrument.Mcid > 0 && instrument.Mcid < instrument.MaxScore - instrument.MinScore);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void The_worst_and_best_answers_score_the_ends_of_the_range_the_way_the_direction_says(string code)
    {
        var instrument = OutcomeInstruments.Find(code)!;
        var allMin = instrument.Score([.. instrument.Items.Select(_ => (int?)instrument.Scale.Min)]).Value!.Score;
        var allMax = instrument.Score([.. instrument.Items.Select(_ => (int?)instrument.Scale.Max)]).Value!.Score;

        Assert.Equal((instrument.MinScore, instrument.MaxScore), (allMin, allMax));
    }

    [Fact]
    public void The_published_numbers_are_the_references()
    {
        var expected = new (string Code, int Items, int MinAnswer, int MaxAnswer, decimal MaxScore, ScoreDirection Direction, decimal Mcid)[]
        {
            ("LEFS", 20, 0, 4, 80, ScoreDirection.HigherIsBetter, 9),
            ("ODI", 10, 0, 5, 100, ScoreDirection.HigherIsWorse, 10),
            ("NDI", 10, 0, 5, 100, ScoreDirection.HigherIsWorse, 15),
            ("QuickDASH", 11, 1, 5, 100, ScoreDirection.HigherIsWorse, 14),
            ("PSFS", 5, 0, 10, 10, ScoreDirection.HigherIsBetter, 2),
            ("NPRS", 1, 0, 10, 10, ScoreDirection.HigherIsWorse, 2),
        };

        Assert.Equal(expected, OutcomeInstruments.All.Select(i =>
            (i.Code, i.Items.Count, i.Scale.Min, i.Scale.Max, i.MaxScore, i.Direction, i.Mcid)));
    }
}
