using Rehab.Core.Documentation;
using Rehab.Core.Users;
using static Rehab.Core.Tests.Documentation.Clinic;

namespace Rehab.Core.Tests.Documentation;

// Pub. 100-02 Ch. 15 §230.1 B: Medicare pays for a student's services only when the therapist directs them in the room.
public sealed class StudentServicesTests
{
    [Theory]
    [InlineData(UserType.SPT)]
    [InlineData(UserType.SOT)]
    [InlineData(UserType.SSLP)]
    public void Pub100_02_230_1_B_a_student_s_medicare_note_bills_only_with_the_attestation(UserType student)
    {
        var why = StudentServices.NotBillable(student, medicareCase: true, directedInRoom: false);
        Assert.NotNull(why);
        Assert.Contains("§230.1 B", why, StringComparison.Ordinal);
        Assert.Null(StudentServices.NotBillable(student, medicareCase: true, directedInRoom: true));
        Assert.Null(StudentServices.NotBillable(student, medicareCase: false, directedInRoom: false));
    }

    [Theory]
    [InlineData(UserType.PT)]
    [InlineData(UserType.PTA)]
    public void Therapists_and_assistants_notes_need_no_student_attestation(UserType author) =>
        Assert.Null(StudentServices.NotBillable(author, medicareCase: true, directedInRoom: false));

    [Fact]
    public void A_note_that_is_not_billable_has_no_units_and_each_line_says_why()
    {
        var student = Student();
        var context = BillingFor(Rules(student, Medicare), writtenBy: UserType.SPT) with
        {
            NotBillable = StudentServices.NotBillable(UserType.SPT, medicareCase: true, directedInRoom: false),
        };

        var billed = NoteBilling.Compute([Charge("97110", 30), Charge("97140", 15)], context);

        Assert.Equal(0, billed.TotalUnits);
        Assert.All(billed.Lines, line =>
        {
            Assert.Equal(0, line.Units);
            Assert.Empty(line.ClaimLines);
            Assert.Equal(context.NotBillable, line.Explanation);
        });
        Assert.Equal(3, NoteBilling.Compute([Charge("97110", 30), Charge("97140", 15)],
            context with { NotBillable = null }).TotalUnits);
    }
}
