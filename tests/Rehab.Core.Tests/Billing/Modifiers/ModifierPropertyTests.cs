using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rehab.Core.Billing;
using Rehab.Core.Billing.Modifiers;

namespace Rehab.Core.Tests.Billing.Modifiers;

public sealed class ModifierPropertyTests
{
    private static readonly string[] Codes = ["97110", "97112", "97116", "97140", "97530", "97150", "97161", "97164", "97165", "98940"];
    private static readonly string[] Untimed = ["97150", "97161", "97164", "97165", "98940"];

    /// <summary>A timed code's minutes by clinician and any units the unit rules could give them (at most one per started 15 minutes).</summary>
    private static readonly Gen<(int Therapist, int Assistant, int Units)> TimedService =
        from therapist in Gen.Choose(0, 75)
        from assistant in Gen.Choose(0, 75)
        from units in Gen.Choose(0, (therapist + assistant + 14) / 15)
        select (therapist, assistant, units);

    private static readonly Gen<BilledLine> AnyLine =
        from code in Gen.Elements(Codes)
        from discipline in Gen.Elements(Discipline.PT, Discipline.OT, Discipline.SLP)
        from service in TimedService
        from chosen in Gen.SubListOf(Modifier.DistinctService.ToArray())
        from separate in Gen.Elements(true, false)
        select new BilledLine(ProcedureCode.Parse(code), discipline, !Untimed.Contains(code), Untimed.Contains(code) ? Math.Min(service.Units, 1) : service.Units,
            service.Therapist, service.Assistant, chosen.ToList(), separate);

    private static readonly Gen<ModifierRequest> AnyVisit =
        from lines in Gen.Choose(1, 5).SelectMany(n => Gen.ListOf(AnyLine, n))
        from enabled in Gen.SubListOf(Modifier.DistinctService.ToArray())
        from year in Gen.Choose(2018, 2027)
        from before in Gen.Choose(0, 400_000)
        from visit in Gen.Choose(0, 50_000)
        select new ModifierRequest(new DateOnly(year, 5, 4),
            PayerModifierSettings.Medicare() with { EnabledModifiers = enabled.ToHashSet() },
            lines.ToList(),
            YearToDate: new Dictionary<TherapyBucket, TherapyYearToDate>
            {
                [TherapyBucket.PhysicalAndSpeech] = new(before / 100m, visit / 100m),
                [TherapyBucket.Occupational] = new(visit / 100m, before / 100m),
            });

    // 86 FR 64996: the split only labels units; it never adds or drops one
    [Property]
    public Property Units_with_CQ_plus_units_without_are_the_units_billed() =>
        Prop.ForAll(TimedService.ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (s, timed) =>
        {
            var split = AssistantModifierRule.Split(Modifier.CQ, timed, s.Units, s.Therapist, s.Assistant);
            return split.Refusal is null && split.UnitsWithModifier + split.UnitsWithout == s.Units;
        });

    [Property]
    public Property A_service_furnished_in_whole_by_the_assistant_is_all_CQ_and_by_the_therapist_none() =>
        Prop.ForAll(Gen.Choose(1, 120).ToArbitrary(), minutes =>
        {
            var units = (minutes + 7) / 15;
            var assistant = AssistantModifierRule.Split(Modifier.CQ, true, units, 0, minutes);
            var therapist = AssistantModifierRule.Split(Modifier.CQ, true, units, minutes, 0);
            return assistant.UnitsWithModifier == units && therapist.UnitsWithModifier == 0;
        });

    [Property]
    public Property More_assistant_minutes_never_mean_fewer_CQ_units() =>
        Prop.ForAll(TimedService.ToArbitrary(), s =>
        {
            if (s.Assistant == 0)
                return true;
            var fewer = AssistantModifierRule.Split(Modifier.CQ, true, s.Units, s.Therapist + 1, s.Assistant - 1);
            var more = AssistantModifierRule.Split(Modifier.CQ, true, s.Units, s.Therapist, s.Assistant);
            return more.UnitsWithModifier >= fewer.UnitsWithModifier;
        });

    [Property]
    public Property The_engine_keeps_every_billed_unit() =>
        Prop.ForAll(AnyVisit.ToArbitrary(), request =>
            ModifierEngine.Apply(request).Lines.GroupBy(l => l.Source)
                .All(g => g.Sum(l => l.Units) == g.Key.Units || g.All(IsWithheld)));

    private static bool IsWithheld(ModifierResult line) =>
        line.Units == 0 && line.Explanations.Any(w => w.Contains("is not billed (0 units)", StringComparison.Ordinal));

    // NCCI Policy Manual Ch. I §E, MLN1783722: the engine never adds 59 or X; it only keeps what the clinician chose
    // and attested
    [Property]
    public Property A_distinct_service_modifier_is_only_the_attested_choice_of_the_clinician() =>
        Prop.ForAll(AnyVisit.ToArbitrary(), request =>
            ModifierEngine.Apply(request).Lines.All(l => l.Modifiers.Where(m => m.IsDistinctService)
                .All(m => l.Source.SeparateBlockOrRegion && l.Source.ChosenModifiers.Contains(m))));

    [Property]
    public Property Line_order_never_changes_the_claim() =>
        Prop.ForAll(AnyVisit.ToArbitrary(), request =>
        {
            // NCCI Ch. XI keeps the first of two evaluations a day, whichever it is; that choice is the clinician's
            // to fix
            if (request.Lines.Count(l => EvaluationPerDayRule.IsPhysicalTherapyEvaluation(l.Code)) > 1
                || request.Lines.Count(l => EvaluationPerDayRule.IsOccupationalTherapyEvaluation(l.Code)) > 1)
                return true;
            static string Claim(ModifierRequest r) => string.Join(" | ", ModifierEngine.Apply(r).Lines
                .Select(l => $"{l} {string.Join(";", l.Warnings)} {string.Join(";", l.Refusals)}")
                .Order(StringComparer.Ordinal));
            return Claim(request) == Claim(request with { Lines = [.. request.Lines.Reverse()] });
        });

    // CR 8863, MLN1783722
    [Property]
    public Property Never_59_and_an_X_modifier_on_one_line() =>
        Prop.ForAll(AnyVisit.ToArbitrary(), request =>
            ModifierEngine.Apply(request).Lines.All(l =>
                !(l.Modifiers.Contains(Modifier.DistinctProcedural) && l.Modifiers.Any(m => m.IsX)) && l.Modifiers.Count(m => m.IsDistinctService) <= 1));

    [Property]
    public Property Only_modifiers_the_payer_enabled_are_added() =>
        Prop.ForAll(AnyVisit.ToArbitrary(), request =>
            ModifierEngine.Apply(request).Lines.SelectMany(l => l.Modifiers).Where(m => m.IsDistinctService)
                .All(request.Payer.EnabledModifiers.Contains));

    // Pub. 100-04 Ch. 5 §20.1: CQ goes with GP, CO with GO; four modifiers fit a CMS-1500 line
    [Property]
    public Property CQ_only_with_GP_CO_only_with_GO_and_never_more_than_four() =>
        Prop.ForAll(AnyVisit.ToArbitrary(), request =>
            ModifierEngine.Apply(request).Lines.All(l =>
                (!l.Modifiers.Contains(Modifier.CQ) || l.Modifiers[0] == Modifier.GP)
                && (!l.Modifiers.Contains(Modifier.CO) || l.Modifiers[0] == Modifier.GO)
                && l.Modifiers.Count <= 4));

    // BBA 2018 §50202
    [Property]
    public Property KX_if_and_only_if_the_year_to_date_with_this_visit_is_above_the_threshold() =>
        Prop.ForAll(AnyVisit.ToArbitrary(), request =>
        {
            var threshold = MedicareTherapyThreshold.For(request.DateOfService.Year);
            return ModifierEngine.Apply(request).Lines.Where(l => l.Units > 0).All(l =>
            {
                var ytd = request.YearToDate![TherapyBuckets.Of(l.Source.Discipline)];
                var above = threshold is not null && ytd.AllowedBeforeVisit + ytd.AllowedThisVisit > threshold.KxThreshold;
                return l.Modifiers.Contains(Modifier.KX) == above;
            });
        });
}
