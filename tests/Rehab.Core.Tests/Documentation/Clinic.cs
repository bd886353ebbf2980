using Rehab.Core.Billing;
using Rehab.Core.Billing.Modifiers;
using Rehab.Core.Cases;
using Rehab.Core.Documentation;
using Rehab.Core.Settings;
using Rehab.Core.Users;

namespace Rehab.Core.Tests.Documentation;

/// <summary>A clinic's people, payers and a case's notes, for the documentation tests.</summary>
internal static class Clinic
{
    public static readonly DateOnly Today = new(2026, 3, 10);
    public static readonly DateTimeOffset Now = new(2026, 3, 10, 17, 42, 0, TimeSpan.Zero);

    public static readonly PayerSettings AetnaPpo = new()
    {
        Name = "Aetna PPO", Type = InsuranceType.PPO, UnitRule = UnitRule.RuleOfEights, AllowAssistantFinalization = true,
    };

    public static readonly PayerSettings Medicare = new()
    {
        Name = "Medicare", Type = InsuranceType.Medicare, AppliesTherapyModifiers = true, AppliesCciEdits = true,
        RequireMinutesPerCode = true, RequireOutcomeSurvey = true,
        EnabledAdditionalModifiers = new HashSet<string>(["XS", "XU"], StringComparer.OrdinalIgnoreCase),
    };

    public static NoteUser User(UserType type, params string[] permissions) => new(Guid.NewGuid(), type, permissions.ToHashSet());

    public static NoteUser Therapist(UserType type = UserType.PT) =>
        User(type, Permission.StartNotes, Permission.ForwardNotes, Permission.FinalizeNotes, Permission.EditPatients);

    public static NoteUser Assistant(UserType type = UserType.PTA, bool finalizes = true) => finalizes
        ? User(type, Permission.StartNotes, Permission.ForwardNotes, Permission.FinalizeNotes)
        : User(type, Permission.StartNotes, Permission.ForwardNotes);

    public static NoteUser Student(UserType type = UserType.SPT) => User(type, Permission.StartNotes, Permission.ForwardNotes);

    public static NoteUser FrontOffice() => User(UserType.Clerical, Permission.ViewPatients, Permission.EditPatients);

    public static EffectiveRules Rules(NoteUser user, PayerSettings? primary = null, PayerSettings? secondary = null,
        ClinicSettings? clinic = null, CompanySettings? company = null) =>
        EffectiveRulesResolver.Resolve(company ?? new CompanySettings(), clinic ?? new ClinicSettings(), primary ?? Medicare, secondary, user.ToActingUser());

    public static NoteSummary Note(NoteType type, NoteStatus status = NoteStatus.Draft, NoteUser? author = null, DateOnly? on = null) =>
        new(Guid.NewGuid(), type, status, (author ?? Therapist()).Id, on ?? Today)
        {
            FinalizedAt = status == NoteStatus.Finalized ? Now.AddDays(-1) : null,
            HasCharges = type.IsBillable(),
        };

    public static NoteSummary Finalized(NoteType type, DateOnly on, bool charges = true, int hour = 12) =>
        new(Guid.NewGuid(), type, NoteStatus.Finalized, Guid.NewGuid(), on)
        {
            FinalizedAt = new DateTimeOffset(on.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero),
            HasCharges = charges,
        };

    public static ChargeLineDraft Charge(string code, int? minutes, int? assistant = null) =>
        new(code, minutes, Today) { AssistantMinutes = assistant };

    public static NoteBillingContext BillingFor(EffectiveRules rules, string payer = "Medicare", UserType writtenBy = UserType.PT,
        Discipline discipline = Discipline.PT) => new(rules, payer, discipline, writtenBy);

    /// <summary>
    /// For tests of other rules: the clinician's word that KX does not apply, where the engine cannot decide it.
    /// </summary>
    public static readonly KxAttestation NoKx =
        new(false, "Within the threshold by the patient's Medicare summary.", "Test PT");

    public static readonly CaseFacts CaseWithDiagnosis = new([Icd10Code.Parse("M54.50")], "11");
}
