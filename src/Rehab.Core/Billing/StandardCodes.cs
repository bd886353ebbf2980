using static Rehab.Core.Billing.Discipline;

namespace Rehab.Core.Billing;

/// <summary>The codes every company starts with; descriptors are our own short words, not CPT text.</summary>
internal static class StandardCodes
{
    private static readonly Discipline[] Rehab = [PT, OT];
    private static readonly Discipline[] AllDisciplines = [PT, OT, SLP];

    public static readonly IReadOnlyList<BillingCode> All =
    [
        // Supervised modalities: one unit a day whatever their length.
        Untimed("97010", "Hot or cold packs", Rehab) with { MedicareBundled = true },
        Untimed("97012", "Mechanical traction", Rehab),
        Untimed("97014", "Unattended electrical stimulation", Rehab) with { MedicareReplacement = ProcedureCode.Parse("G0283") },
        Untimed("G0283", "Unattended electrical stimulation, not for wounds, under a therapy plan of care", Rehab),
        Untimed("97016", "Vasopneumatic compression device", Rehab),
        Untimed("97018", "Paraffin bath", Rehab),
        Untimed("97022", "Whirlpool", Rehab),
        Untimed("97024", "Diathermy", Rehab),
        Untimed("97026", "Infrared", Rehab),
        Untimed("97028", "Ultraviolet", Rehab),

        // Constant-attendance modalities.
        Timed("97032", "Electrical stimulation, clinician in attendance", Rehab),
        Timed("97033", "Iontophoresis", Rehab),
        Timed("97034", "Contrast baths", Rehab),
        Timed("97035", "Ultrasound", Rehab),
        Timed("97036", "Hubbard tank", Rehab),

        // Therapeutic procedures, one-on-one.
        Timed("97110", "Therapeutic exercise", Rehab),
        Timed("97112", "Neuromuscular re-education", Rehab),
        Timed("97113", "Aquatic therapy with exercise", Rehab),
        Timed("97116", "Gait training", [PT]),
        Timed("97124", "Massage", Rehab),
        Timed("97140", "Manual therapy", Rehab),
        Timed("97530", "Therapeutic activities", Rehab),
        Timed("97533", "Sensory integration", Rehab),
        Timed("97535", "Self-care and home management training", Rehab),
        Timed("97537", "Community and work reintegration training", Rehab),
        Timed("97542", "Wheelchair management", Rehab),
        Timed("97750", "Physical performance test with written report", Rehab),
        Timed("97755", "Assistive technology assessment with written report", Rehab),
        Timed("97760", "Orthotic management and training, first encounter", Rehab),
        Timed("97761", "Prosthetic training, first encounter", Rehab),
        Timed("97763", "Orthotic or prosthetic management, later encounter", Rehab),
        Timed("97129", "Cognitive function intervention, first 15 minutes", AllDisciplines) with { OncePerDay = true },
        Timed("97130", "Cognitive function intervention, each further 15 minutes", AllDisciplines)
            with { AddOnTo = ProcedureCode.Parse("97129") },
        Untimed("97150", "Group therapy, two or more patients", Rehab),

        // Self-management education from a standardized curriculum, in 30-minute units.
        Timed("98960", "Self-management education, one patient", AllDisciplines, unitMinutes: 30),
        Timed("98961", "Self-management education, 2 to 4 patients", AllDisciplines, unitMinutes: 30),
        Timed("98962", "Self-management education, 5 to 8 patients", AllDisciplines, unitMinutes: 30),

        Evaluation("97161", "PT evaluation, low complexity", PT),
        Evaluation("97162", "PT evaluation, moderate complexity", PT),
        Evaluation("97163", "PT evaluation, high complexity", PT),
        Evaluation("97164", "PT re-evaluation", PT),
        Evaluation("97165", "OT evaluation, low complexity", OT),
        Evaluation("97166", "OT evaluation, moderate complexity", OT),
        Evaluation("97167", "OT evaluation, high complexity", OT),
        Evaluation("97168", "OT re-evaluation", OT),

        // Speech-language pathology.
        Evaluation("92521", "Evaluation of speech fluency", SLP),
        Evaluation("92522", "Evaluation of speech sound production", SLP),
        Evaluation("92523", "Evaluation of speech sound production and language", SLP),
        Evaluation("92524", "Evaluation of voice and resonance", SLP),
        Evaluation("92610", "Clinical evaluation of swallowing", SLP),
        Untimed("92507", "Speech, language or voice treatment, individual", [SLP]),
        Untimed("92508", "Speech, language or voice treatment, group", [SLP]),
        Untimed("92526", "Treatment of swallowing dysfunction", [SLP]),
    ];

    private static BillingCode Timed(string code, string descriptor, Discipline[] disciplines, int unitMinutes = 15) => new()
    {
        Code = ProcedureCode.Parse(code), Descriptor = descriptor, Disciplines = disciplines, UnitMinutes = unitMinutes,
    };

    private static BillingCode Untimed(string code, string descriptor, Discipline[] disciplines) => new()
    {
        Code = ProcedureCode.Parse(code), Descriptor = descriptor, Disciplines = disciplines,
    };

    private static BillingCode Evaluation(string code, string descriptor, Discipline discipline) =>
        Untimed(code, descriptor, [discipline]) with { IsEvaluation = true };
}
