using Rehab.Core.Outcomes;
using Rehab.Core.Settings;

namespace Rehab.Core.Tests.Outcomes;

public sealed class NetPromoterScoreTests
{
    [Fact]
    public void Half_promoters_and_a_third_detractors_is_plus_17()
    {
        // domain.md §6.4: 50% − 33% = +17
        var nps = NetPromoterScore.Of([10, 9, 9, 8, 3, 0]);

        Assert.Equal(new NetPromoterScore(6, 3, 1, 2, 17), nps);
    }

    [Fact]
    public void No_answers_have_no_score()
    {
        Assert.Null(NetPromoterScore.Of([]));
    }

    [Theory]
    [InlineData(new[] { 9, 10, 10 }, 100)]
    [InlineData(new[] { 0, 6, 3 }, -100)]
    [InlineData(new[] { 7, 8 }, 0)]
    [InlineData(new[] { 9, 6 }, 0)]
    [InlineData(new[] { 10, 10, 0, 8, 8, 8, 8, 8 }, 13)] // 25% − 12.5% = 12.5 → 13, halves away from zero
    public void Score_is_percent_promoters_less_percent_detractors(int[] answers, int score)
    {
        Assert.Equal(score, NetPromoterScore.Of(answers)!.Score);
    }

    [Theory]
    [InlineData(0, RecommendGroup.Detractor)]
    [InlineData(6, RecommendGroup.Detractor)]
    [InlineData(7, RecommendGroup.Passive)]
    [InlineData(8, RecommendGroup.Passive)]
    [InlineData(9, RecommendGroup.Promoter)]
    [InlineData(10, RecommendGroup.Promoter)]
    public void Groups_are_0_to_6_7_to_8_and_9_to_10(int answer, RecommendGroup group)
    {
        Assert.Equal(group, NetPromoterScore.Group(answer));
    }

    [Fact]
    public void An_answer_off_the_0_to_10_scale_is_a_programming_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NetPromoterScore.Of([9, 11]));
        Assert.Throws<ArgumentOutOfRangeException>(() => NetPromoterScore.Group(-1));
    }

    [Fact]
    public void The_clinic_s_outcomes_settings_choose_the_questions_added()
    {
        Assert.Equal(["recommend"], SatisfactionQuestions.For(new ClinicSettings()).Select(q => q.Code));
        Assert.Equal(["pain", "satisfaction", "perceptionOfCare", "recommend"],
            SatisfactionQuestions.For(new ClinicSettings { OutcomesExtraQuestions = true }).Select(q => q.Code));
        Assert.Empty(SatisfactionQuestions.For(new ClinicSettings { OutcomesRecommendQuestion = false }));
    }

    [Fact]
    public void Satisfaction_answers_are_to_questions_asked_and_on_their_scales()
    {
        var asked = SatisfactionQuestions.For(new ClinicSettings { OutcomesExtraQuestions = true });

        Assert.True(SatisfactionQuestions.Validate(asked, new Dictionary<string, int> { ["recommend"] = 9, ["satisfaction"] = 5 }).IsValid);
        var errors = SatisfactionQuestions.Validate(SatisfactionQuestions.For(new ClinicSettings()),
            new Dictionary<string, int> { ["recommend"] = 11, ["pain"] = 3 }).ToDictionary();
        Assert.Equal(["The answer is 0 (not at all likely) to 10 (extremely likely); 11 is not one."], errors["satisfaction.recommend"]);
        Assert.Equal(["'pain' is not a question this survey asks."], errors["satisfaction.pain"]);
    }
}
