using Rehab.Core.Common;
using Rehab.Core.Outcomes;

namespace Rehab.Core.Tests.Outcomes;

// Scoring rules: domain.md §6.2. Each example's arithmetic is in its comment.
public sealed class InstrumentScoringTests
{
    private static SurveyScore Scored(OutcomeInstrument instrument, params int?[] answers)
    {
        var decision = instrument.Score(answers);
        Assert.True(decision.IsAllowed, string.Join(" ", decision.Problems.Select(p => p.Message)));
        return decision.Value!;
    }

    private static IReadOnlyList<Problem> Refused(OutcomeInstrument instrument, params int?[] answers)
    {
        var decision = instrument.Score(answers);
        Assert.False(decision.IsAllowed);
        Assert.Null(decision.Value);
        return decision.Problems;
    }

    [Fact]
    public void Lefs_is_the_sum_of_its_20_items()
    {
        // 3+3+4+2+4+3+2+4+1+3 + 4+2+3+3+4+1+0+0+1+4 = 29 + 22 = 51 of 80
        var score = Scored(OutcomeInstruments.Lefs, 3, 3, 4, 2, 4, 3, 2, 4, 1, 3, 4, 2, 3, 3, 4, 1, 0, 0, 1, 4);

        Assert.Equal(51m, score.Score);
        Assert.True(score.IsComplete);
        Assert.Equal((20, 20), (score.ItemsAnswered, score.ItemCount));
        Assert.Equal("LEFS 51 (0 to 80, higher is better): the sum of the 20 item answers, with 20 of 20 items answered.", score.Explanation);
    }

    [Fact]
    public void Lefs_with_a_skipped_item_is_refused_naming_it()
    {
        var problems = Refused(OutcomeInstruments.Lefs, 3, 3, 4, null, 4, 3, 2, 4, 1, 3, 4, 2, 3, 3, 4, 1, 0, 0, 1, 4);

        Assert.Equal([new Problem("answers",
            "The LEFS is scored only with all 20 items answered; 19 are. Not answered: item 4 (Walking between rooms).")], problems);
    }

    [Fact]
    public void Lefs_answer_off_the_0_to_4_scale_is_refused_by_its_item()
    {
        var problems = Refused(OutcomeInstruments.Lefs, 3, 3, 5, 2, 4, 3, 2, 4, 1, 3, 4, 2, 3, 3, 4, 1, 0, 0, 1, -1);

        Assert.Equal(
        [
            new Problem("answers[2]", "Item 3 (Getting in or out of the bath) is answered 0 to 4; 5 is not one of its answers."),
            new Problem("answers[19]", "Item 20 (Rolling over in bed) is answered 0 to 4; -1 is not one of its answers."),
        ], problems);
    }

    [Fact]
    public void Odi_all_sections_is_the_sum_over_50_as_a_percent()
    {
        // 2+1+3+2+2+3+1+2+2+0 = 18; 18 ÷ (5 × 10) × 100 = 36.0%
        var score = Scored(OutcomeInstruments.Odi, 2, 1, 3, 2, 2, 3, 1, 2, 2, 0);

        Assert.Equal(36.0m, score.Score);
        Assert.True(score.IsComplete);
        Assert.Equal("Moderate disability", score.Band);
        Assert.Equal("36.0%", OutcomeInstruments.Odi.Format(score.Score));
    }

    [Fact]
    public void Odi_skipped_section_lowers_the_denominator_by_5_and_the_survey_counts_as_complete()
    {
        // Fairbank & Pynsent 2000: a missed section is scored over the answered ones, and the score is valid.
        // Section 8 skipped: 16 ÷ (5 × 9) × 100 = 35.555…% → 35.6%
        var score = Scored(OutcomeInstruments.Odi, 2, 1, 3, 2, 2, 3, 1, null, 2, 0);

        Assert.Equal(35.6m, score.Score);
        Assert.Equal(9, score.ItemsAnswered);
        Assert.True(score.IsComplete);
        Assert.Empty(score.MissingItems);
        Assert.Equal("ODI 35.6% (0 to 100, higher is worse): sum ÷ (5 × sections answered) × 100, with 9 of 10 sections answered. "
            + "Scored without section 8 (Social life), as the scoring manual allows.", score.Explanation);
    }

    [Fact]
    public void Odi_with_three_sections_skipped_is_refused()
    {
        var problems = Refused(OutcomeInstruments.Odi, 2, null, 3, 2, null, 3, 1, null, 2, 0);

        Assert.Equal([new Problem("answers", "The ODI is scored with at least 8 of its 10 sections answered; 7 are. "
            + "Not answered: section 2 (Personal care), section 5 (Sitting), section 8 (Social life).")], problems);
    }

    [Fact]
    public void Odi_answer_of_6_is_refused_and_fewer_answers_than_sections_leave_the_rest_skipped()
    {
        Assert.Equal([new Problem("answers[0]", "Section 1 (Pain intensity) is answered 0 to 5; 6 is not one of its answers.")],
            Refused(OutcomeInstruments.Odi, 6, 1, 3, 2, 2, 3, 1, 2, 2, 0));

        var nine = Scored(OutcomeInstruments.Odi, 2, 1, 3, 2, 2, 3, 1, 2, 2);
        Assert.True(nine.IsComplete);
        Assert.Contains("Scored without section 10 (Work or homemaking)", nine.Explanation, StringComparison.Ordinal);
        Assert.Equal(40.0m, nine.Score); // 18 ÷ 45 × 100
    }

    [Fact]
    public void More_answers_than_items_are_refused()
    {
        Assert.Equal([new Problem("answers", "The NPRS has 1 item; 2 answers were given.")], Refused(OutcomeInstruments.Nprs, 3, 4));
    }

    [Fact]
    public void Ndi_scores_as_the_odi_does()
    {
        // 1+1+0+2+3+1+1+2+1+0 = 12 → 24.0%; headaches and driving skipped: 7 ÷ 40 × 100 = 17.5%
        Assert.Equal(24.0m, Scored(OutcomeInstruments.Ndi, 1, 1, 0, 2, 3, 1, 1, 2, 1, 0).Score);
        var skipped = Scored(OutcomeInstruments.Ndi, 1, 1, 0, 2, null, 1, 1, null, 1, 0);
        Assert.Equal(17.5m, skipped.Score);
        Assert.True(skipped.IsComplete); // Vernon's NDI manual: missing sections are scored over the answered ones
        Assert.Contains("section 5 (Headaches), section 8 (Driving)", skipped.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void QuickDash_is_the_mean_less_1_times_25()
    {
        // sum 25 over 11 items: (25 ÷ 11 − 1) × 25 = 31.818… → 31.8
        var score = Scored(OutcomeInstruments.QuickDash, 2, 3, 2, 3, 1, 3, 2, 2, 3, 2, 2);

        Assert.Equal(31.8m, score.Score);
        Assert.True(score.IsComplete);
    }

    [Fact]
    public void QuickDash_manual_one_item_skipped_is_scored_over_the_ten_answered_and_is_complete()
    {
        // The QuickDASH manual: a score is valid with at most 1 of the 11 items missing.
        // item 6 skipped: sum 22 over 10: (2.2 − 1) × 25 = 30.0
        var score = Scored(OutcomeInstruments.QuickDash, 2, 3, 2, 3, 1, null, 2, 2, 3, 2, 2);

        Assert.Equal(30.0m, score.Score);
        Assert.True(score.IsComplete);
        Assert.Empty(score.MissingItems);
    }

    [Fact]
    public void QuickDash_with_two_items_skipped_is_refused()
    {
        var problems = Refused(OutcomeInstruments.QuickDash, 2, 3, 2, 3, 1, null, 2, 2, 3, 2, null);

        Assert.Equal([new Problem("answers", "The QuickDASH is scored with at least 10 of its 11 items answered; 9 are. "
            + "Not answered: item 6 (Recreation that loads the arm), item 11 (Sleep disturbed by symptoms).")], problems);
    }

    [Fact]
    public void QuickDash_answers_run_1_to_5_so_0_is_refused()
    {
        Assert.Equal(["answers[4]"], Refused(OutcomeInstruments.QuickDash, 2, 3, 2, 3, 0, 3, 2, 2, 3, 2, 2).Select(p => p.Field));
    }

    [Fact]
    public void Psfs_is_the_mean_of_one_to_five_activities()
    {
        // Stratford 1995: up to five activities, and one rated activity is a valid score (domain.md once said 2 to 5).
        var one = Scored(OutcomeInstruments.Psfs, 3);
        Assert.Equal((3.0m, true), (one.Score, one.IsComplete));
        Assert.Equal(4.0m, Scored(OutcomeInstruments.Psfs, 3, 5).Score);
        Assert.Equal(3.7m, Scored(OutcomeInstruments.Psfs, 3, 4, 4).Score); // 11 ÷ 3 = 3.666…
        var five = Scored(OutcomeInstruments.Psfs, 2, 5, 6, 7, 10);
        Assert.Equal(6.0m, five.Score);
        Assert.True(five.IsComplete);
        Assert.True(Scored(OutcomeInstruments.Psfs, 3, 5, null, null, null).IsComplete); // activities 3 to 5 are optional
    }

    [Fact]
    public void Psfs_needs_one_activity_rated_0_to_10()
    {
        Assert.Equal([new Problem("answers", "The PSFS is scored with at least 1 of its 5 activities answered; 0 are. "
            + "Not answered: activity 1 (Activity 1, chosen by the patient), "
            + "activity 2 (Activity 2, chosen by the patient), activity 3 (Activity 3, chosen by the patient), "
            + "activity 4 (Activity 4, chosen by the patient), "
            + "activity 5 (Activity 5, chosen by the patient).")],
            Refused(OutcomeInstruments.Psfs));
        Assert.Equal(["answers[1]"], Refused(OutcomeInstruments.Psfs, 3, 11, 4).Select(p => p.Field));
    }

    [Fact]
    public void Nprs_is_the_rating_itself()
    {
        Assert.Equal(7m, Scored(OutcomeInstruments.Nprs, 7).Score);
        Assert.Equal([new Problem("answers", "The NPRS is scored only with its item answered. Not answered: item 1 (Pain intensity).")],
            Refused(OutcomeInstruments.Nprs));
        Assert.Equal(["answers[0]"], Refused(OutcomeInstruments.Nprs, 11).Select(p => p.Field));
    }

    [Theory]
    [InlineData(0, "Minimal disability")]
    [InlineData(20, "Minimal disability")]
    [InlineData(22, "Moderate disability")]
    [InlineData(60, "Severe disability")]
    [InlineData(62, "Crippling disability")]
    [InlineData(100, "Bed-bound, or exaggerating symptoms")]
    public void Odi_bands_follow_the_published_levels(int percent, string band)
    {
        // 10 sections answered: the percent is twice the sum, so the sections add up to percent ÷ 2
        var answers = Enumerable.Range(0, 10).Select(i => (int?)Math.Min(5, Math.Max(0, percent / 2 - i * 5))).ToArray();
        var score = Scored(OutcomeInstruments.Odi, answers);
        Assert.Equal(percent, score.Score);
        Assert.Equal(band, score.Band);
    }

    [Fact]
    public void A_null_list_of_answers_is_nothing_answered()
    {
        Assert.Equal(["answers"], OutcomeInstruments.Nprs.Score(null).Problems.Select(p => p.Field));
    }
}
