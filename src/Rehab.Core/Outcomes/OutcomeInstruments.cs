namespace Rehab.Core.Outcomes;

/// <summary>
/// The outcome measurement tools the EMR scores. Items are named by number and topic in our own words; the
/// questionnaires' text belongs to their authors and is not reproduced. Scoring and MCIDs: domain.md §6.2.
/// </summary>
public static class OutcomeInstruments
{
    public static OutcomeInstrument Lefs { get; } = new()
    {
        Code = "LEFS",
        Name = "Lower Extremity Functional Scale",
        Measures = "Lower-limb function",
        ItemNoun = "item",
        Items = Numbered(
            "Usual work, housework or school", "Hobbies, recreation or sport", "Getting in or out of the bath",
            "Walking between rooms", "Putting on shoes or socks", "Squatting", "Lifting a load from the floor",
            "Light tasks around the home", "Heavy tasks around the home", "Getting in or out of a car",
            "Walking two blocks", "Walking a mile", "A flight of stairs", "Standing for an hour", "Sitting for an hour",
            "Running on even ground", "Running on uneven ground", "Sharp turns while running", "Hopping",
            "Rolling over in bed"),
        Scale = new(0, 4, "extreme difficulty or unable", "no difficulty"),
        Scoring = ScoringMethod.Sum,
        Formula = "the sum of the 20 item answers",
        MinScore = 0,
        MaxScore = 80,
        Direction = ScoreDirection.HigherIsBetter,
        Mcid = 9,
        McidSource = "About 9 points (literature value in domain.md §6.2, not verified against the primary source).",
        MinimumAnswered = 20,
        SkippedItems = "Every item must be answered: a sum over fewer items is not on the 0–80 scale.",
    };

    public static OutcomeInstrument Odi { get; } = new()
    {
        Code = "ODI",
        Name = "Modified Oswestry Low Back Pain Disability Index",
        Measures = "Low back pain disability",
        ItemNoun = "section",
        Items = Numbered("Pain intensity", "Personal care", "Lifting", "Walking", "Sitting", "Standing", "Sleeping",
            "Social life", "Travelling", "Work or homemaking"),
        Scale = new(0, 5, "no limitation", "most severe limitation"),
        Scoring = ScoringMethod.PercentOfScale,
        Formula = "sum ÷ (5 × sections answered) × 100",
        MinScore = 0,
        MaxScore = 100,
        IsPercent = true,
        Direction = ScoreDirection.HigherIsWorse,
        Mcid = 10,
        McidSource = "10 percentage points: the MDC(90%) given in domain.md §6.2 (idcafe.net scoring guide), used as the important change.",
        MinimumAnswered = 8,
        SkippedItems = "Each skipped section lowers the possible total by 5 and the survey stays complete; up to 2 "
            + "sections may be skipped (our rule: the sources set no limit).",
        Bands =
        [
            new(20, "Minimal disability"), new(40, "Moderate disability"), new(60, "Severe disability"),
            new(80, "Crippling disability"), new(100, "Bed-bound, or exaggerating symptoms"),
        ],
    };

    public static OutcomeInstrument Ndi { get; } = Odi with
    {
        Code = "NDI",
        Name = "Neck Disability Index",
        Measures = "Neck pain disability",
        Items = Numbered("Pain intensity", "Personal care", "Lifting", "Reading", "Headaches", "Concentration", "Work",
            "Driving", "Sleeping", "Recreation"),
        Mcid = 15,
        McidSource = "7.5 points on the 0–50 scale, so 15 on this 0–100 one (domain.md §6.2, which also cites 10 from Cleland 2009, scale not stated).",
        Bands = [],
    };

    public static OutcomeInstrument QuickDash { get; } = new()
    {
        Code = "QuickDASH",
        Name = "QuickDASH (shortened Disabilities of the Arm, Shoulder and Hand)",
        Measures = "Upper-limb function and symptoms",
        ItemNoun = "item",
        Items = Numbered("Opening a tight jar", "Heavy household chores", "Carrying a bag", "Washing one's back",
            "Cutting food with a knife", "Recreation that loads the arm", "Effect on social activities",
            "Limits on work or daily activities", "Arm, shoulder or hand pain", "Tingling", "Sleep disturbed by symptoms"),
        Scale = new(1, 5, "no difficulty or symptom", "unable, or extreme symptom"),
        Scoring = ScoringMethod.PercentOfScale,
        Formula = "((sum ÷ items answered) − 1) × 25",
        MinScore = 0,
        MaxScore = 100,
        Direction = ScoreDirection.HigherIsWorse,
        Mcid = 14,
        McidSource = "14 points (ISSH outcome measures, domain.md §6.2).",
        MinimumAnswered = 10,
        SkippedItems = "At least 10 of the 11 items must be answered (the QuickDASH manual); the score averages the "
            + "answered items, and a survey with one item left out is complete.",
    };

    public static OutcomeInstrument Psfs { get; } = new()
    {
        Code = "PSFS",
        Name = "Patient-Specific Functional Scale",
        Measures = "Activities the patient chooses",
        ItemNoun = "activity",
        Items = [.. Enumerable.Range(1, 5).Select(n => new InstrumentItem(n, $"Activity {n}, chosen by the patient",
            Required: n == 1))],
        Scale = new(0, 10, "unable to perform", "able to perform as before the problem"),
        Scoring = ScoringMethod.Mean,
        Formula = "the mean of the activity ratings",
        MinScore = 0,
        MaxScore = 10,
        Direction = ScoreDirection.HigherIsBetter,
        Mcid = 2,
        McidSource = "2 points (domain.md §6.2: MDC 2, MCID 2–3; the lower bound is used).",
        MinimumAnswered = 1,
        // Stratford 1995: the patient names up to five activities; one rated activity is a valid score.
        SkippedItems = "The patient chooses 1 to 5 activities (domain.md §6.2): activity 1 is rated; 2 to 5 are "
            + "optional.",
    };

    public static OutcomeInstrument Nprs { get; } = new()
    {
        Code = "NPRS",
        Name = "Numeric Pain Rating Scale",
        Measures = "Pain intensity",
        ItemNoun = "item",
        Items = [new(1, "Pain intensity")],
        Scale = new(0, 10, "no pain", "worst pain imaginable"),
        Scoring = ScoringMethod.Sum,
        Formula = "the rating given",
        MinScore = 0,
        MaxScore = 10,
        Direction = ScoreDirection.HigherIsWorse,
        Mcid = 2,
        McidSource = "2 points (domain.md §6.2; about 30% is also used).",
        MinimumAnswered = 1,
        SkippedItems = "The single rating must be given.",
    };

    public static IReadOnlyList<OutcomeInstrument> All { get; } = [Lefs, Odi, Ndi, QuickDash, Psfs, Nprs];

    /// <summary>The instrument with this code, in any letter case, or null.</summary>
    public static OutcomeInstrument? Find(string? code) =>
        All.FirstOrDefault(i => string.Equals(i.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));

    private static InstrumentItem[] Numbered(params string[] topics) => [.. topics.Select((t, i) => new InstrumentItem(i + 1, t))];
}
