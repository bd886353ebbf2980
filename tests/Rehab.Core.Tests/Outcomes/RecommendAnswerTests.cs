using Rehab.Core.Outcomes;

namespace Rehab.Core.Tests.Outcomes;

/// <summary>domain.md §6.4: NPS asks each patient once per occasion, however many instruments ask it.</summary>
public sealed class RecommendAnswerTests
{
    private static readonly Guid Ana = Guid.NewGuid();
    private static readonly Guid Ben = Guid.NewGuid();
    private static readonly DateOnly Visit = new(2026, 3, 10);
    private static readonly DateTimeOffset At = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Two_instruments_on_one_visit_are_one_response()
    {
        // Ana answers 10 on her ODI and on her PSFS; Ben answers 0 once: a promoter and a detractor, NPS 0 (not +33)
        RecommendAnswer[] answers =
        [
            new(Ana, Visit, At, 10), new(Ana, Visit, At.AddMinutes(5), 10), new(Ben, Visit, At, 0),
        ];

        Assert.Equal(new NetPromoterScore(2, 1, 0, 1, 0), NetPromoterScore.Of(RecommendAnswer.OnePerOccasion(answers)));
    }

    [Fact]
    public void A_changed_answer_on_the_same_occasion_counts_as_last_recorded()
    {
        RecommendAnswer[] answers = [new(Ana, Visit, At.AddMinutes(5), 9), new(Ana, Visit, At, 4)];

        Assert.Equal([9], RecommendAnswer.OnePerOccasion(answers));
    }

    [Fact]
    public void Early_and_late_in_care_are_two_occasions()
    {
        RecommendAnswer[] answers = [new(Ana, Visit, At, 6), new(Ana, Visit.AddDays(28), At.AddDays(28), 9)];

        Assert.Equal([6, 9], RecommendAnswer.OnePerOccasion(answers).Order());
    }
}
