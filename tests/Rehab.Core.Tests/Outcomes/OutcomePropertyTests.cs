using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rehab.Core.Outcomes;

namespace Rehab.Core.Tests.Outcomes;

public sealed class OutcomePropertyTests
{
    /// <summary>Half the last decimal a score keeps: the most rounding may move it.</summary>
    private const decimal HalfStep = 0.05m;

    private static Gen<int?[]> Answers(OutcomeInstrument instrument, bool onScale = true) =>
        Gen.ArrayOf(
            Gen.Frequency(
                (4, (onScale ? Gen.Choose(instrument.Scale.Min, instrument.Scale.Max) : Gen.Choose(-3, 13)).Select(a => (int?)a)),
                (1, Gen.Constant((int?)null))),
            instrument.Items.Count);

    private static Gen<(OutcomeInstrument Instrument, int?[] Answers)> AnyInstrumentAnswers(bool onScale = true) =>
        from instrument in Gen.Elements(OutcomeInstruments.All.ToArray())
        from answers in Answers(instrument, onScale)
        select (instrument, answers);

    private static List<int> Given(int?[] answers) => [.. answers.Where(a => a is not null).Select(a => a!.Value)];

    [Property]
    public Property Odi_and_ndi_stay_in_0_to_100_and_are_the_sum_over_5_per_section_answered() =>
        Prop.ForAll(Gen.Elements(OutcomeInstruments.Odi, OutcomeInstruments.Ndi).SelectMany(i => Answers(i).Select(a => (i, a))).ToArbitrary(), t =>
        {
            var given = Given(t.a);
            var decision = t.i.Score(t.a);
            if (given.Count < 8)
                return !decision.IsAllowed;
            var score = decision.Value!.Score;
            var formula = given.Sum() / (5m * given.Count) * 100m;
            return score is >= 0m and <= 100m && Math.Abs(score - formula) <= HalfStep;
        });

    [Property]
    public Property QuickDash_is_scored_with_10_or_11_answers_as_the_mean_less_1_times_25() =>
        Prop.ForAll(Answers(OutcomeInstruments.QuickDash).ToArbitrary(), answers =>
        {
            var given = Given(answers);
            var decision = OutcomeInstruments.QuickDash.Score(answers);
            if (given.Count < 10)
                return !decision.IsAllowed;
            var formula = ((decimal)given.Sum() / given.Count - 1m) * 25m;
            return Math.Abs(decision.Value!.Score - formula) <= HalfStep && decision.Value.Score is >= 0m and <= 100m;
        });

    [Property]
    public Property Any_instrument_scores_on_its_range_when_enough_items_are_answered_and_a_valid_score_is_complete() =>
        Prop.ForAll(AnyInstrumentAnswers().ToArbitrary(), t =>
        {
            var decision = t.Instrument.Score(t.Answers);
            var answered = Given(t.Answers).Count;
            return decision.IsAllowed == (answered >= t.Instrument.MinimumAnswered)
                && (!decision.IsAllowed || (decision.Value!.Score >= t.Instrument.MinScore && decision.Value.Score <= t.Instrument.MaxScore
                    && decision.Value.ItemsAnswered == answered
                    && decision.Value.IsComplete));
        });

    [Property]
    public Property Every_answer_off_the_scale_is_refused_by_its_own_field() =>
        Prop.ForAll(AnyInstrumentAnswers(onScale: false).ToArbitrary(), t =>
        {
            var off = t.Answers.Select((a, i) => (a, i)).Where(x => x.a is { } v && !t.Instrument.Scale.Allows(v)).Select(x => $"answers[{x.i}]");
            var fields = t.Instrument.Score(t.Answers).Problems.Select(p => p.Field).Where(f => f != "answers");
            return fields.SequenceEqual(off);
        });

    [Property]
    public Property Improvement_is_antisymmetric_and_the_mcid_is_met_only_by_getting_better() =>
        Prop.ForAll(AnyInstrumentAnswers().SelectMany(t => Answers(t.Instrument).Select(b => (t.Instrument, a: t.Answers, b))).ToArbitrary(), t =>
        {
            var a = t.Instrument.Score(t.a);
            var b = t.Instrument.Score(t.b);
            if (!a.IsAllowed || !b.IsAllowed)
                return true;
            var forward = OutcomeChange.Between(t.Instrument, a.Value!.Score, b.Value!.Score);
            var backward = OutcomeChange.Between(t.Instrument, b.Value.Score, a.Value.Score);
            return forward.Improvement == -backward.Improvement
                && (!forward.McidMet || forward.Improvement > 0)
                && !(forward.McidMet && backward.McidMet);
        });

    [Property]
    public Property Nps_stays_in_minus_100_to_100_and_a_promoter_never_lowers_it() =>
        Prop.ForAll(Gen.ListOf(Gen.Choose(0, 10)).ToArbitrary(), Gen.Choose(9, 10).ToArbitrary(), (answers, promoter) =>
        {
            var before = NetPromoterScore.Of(answers);
            var after = NetPromoterScore.Of([.. answers, promoter])!;
            return after.Score is >= -100 and <= 100
                && after.Promoters + after.Passives + after.Detractors == after.Responses
                && (before is null || after.Score >= before.Score);
        });
}
