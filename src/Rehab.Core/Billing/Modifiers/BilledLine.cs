namespace Rehab.Core.Billing.Modifiers;

/// <summary>
/// One code billed for the patient on the date of service, with the units the unit rule gave it and who
/// furnished its minutes.
/// </summary>
/// <param name="Discipline">The discipline of the plan of care the service is billed under.</param>
/// <param name="Timed">Billed per 15 minutes (true) or once per service (false).</param>
/// <param name="Units">Units billed for the code, as the unit rule decided them.</param>
/// <param name="TherapistMinutes">Minutes the therapist furnished, alone or together with the assistant.</param>
/// <param name="AssistantMinutes">Minutes the assistant furnished without the therapist.</param>
/// <param name="ChosenModifiers">59, XE, XS, XP or XU the biller chose for the line, for an NCCI edit.</param>
/// <param name="SeparateBlockOrRegion">
/// The note shows the service was done in its own 15-minute blocks, or on a different body region, from the
/// code it is paired with by an NCCI edit.
/// </param>
public sealed record BilledLine(
    ProcedureCode Code,
    Discipline Discipline,
    bool Timed,
    int Units,
    int TherapistMinutes = 0,
    int AssistantMinutes = 0,
    IReadOnlyList<Modifier>? ChosenModifiers = null,
    bool SeparateBlockOrRegion = false)
{
    public IReadOnlyList<Modifier> ChosenModifiers { get; init; } = ChosenModifiers ?? [];
}
