using Rehab.Core.Common;
using Rehab.Core.Documentation;
using Rehab.Core.Settings;
using Rehab.Core.Users;
using static Rehab.Core.Tests.Documentation.Clinic;

namespace Rehab.Core.Tests.Documentation;

/// <summary>
/// An assistant finalizes only when the clinic, the case's primary payer and the user's permission all allow it
/// (domain.md §5.3); otherwise the note is forwarded for co-signature. Every row goes from the settings through
/// <see cref="EffectiveRulesResolver"/> to <see cref="NoteLifecycle"/>.
/// </summary>
public sealed class AssistantFinalizationTruthTableTests
{
    public static TheoryData<UserType, bool, bool, bool> Rows()
    {
        var rows = new TheoryData<UserType, bool, bool, bool>();
        foreach (var type in new[] { UserType.PTA, UserType.COTA, UserType.SLPA })
            foreach (var clinic in new[] { false, true })
                foreach (var payer in new[] { false, true })
                    foreach (var permission in new[] { false, true })
                        rows.Add(type, clinic, payer, permission);
        return rows;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Clinic_payer_and_permission_must_all_allow_it(UserType type, bool clinicAllows, bool payerAllows, bool holdsPermission)
    {
        var assistant = Assistant(type, holdsPermission);
        var clinic = new ClinicSettings { AssistantFinalization = clinicAllows };
        var payer = AetnaPpo with { AllowAssistantFinalization = payerAllows };
        var rules = Rules(assistant, payer, clinic: clinic);
        var supervisor = Therapist(type switch { UserType.PTA => UserType.PT, UserType.COTA => UserType.OT, _ => UserType.SLP });
        var note = Note(NoteType.DailyNote, author: assistant);

        var finalize = NoteLifecycle.Finalize(note, assistant, rules, supervisor, clinic, [note], Now);
        var forward = NoteLifecycle.Forward(note, assistant, supervisor, clinic, Now);

        var expected = clinicAllows && payerAllows && holdsPermission;
        Assert.Equal(expected, rules.MayFinalize.Value);
        Assert.Equal(expected, finalize.IsAllowed);
        if (expected)
        {
            Assert.Equal(FinalizationKind.SignedUnderSupervision, finalize.Value!.Kind);
            Assert.Equal(supervisor.Id, finalize.Value.SupervisingTherapistId);
            Assert.Equal(clinic.SupervisionWording, finalize.Value.SupervisionWording);
        }
        else
        {
            var problem = Assert.Single(finalize.Problems);
            Assert.Equal(ProblemKind.NotPermitted, problem.Kind);
            Assert.Contains("forward", problem.Message, StringComparison.OrdinalIgnoreCase);
        }
        Assert.True(forward.IsAllowed, "forwarding for co-signature is always open to the assistant");
    }
}
