using Rehab.Core.Billing;

namespace Rehab.Core.Tests.Billing;

// The code's discipline and the plan of care's agree (CPT: 97161–97164 PT, 97165–97168 OT, 92521–92524 SLP evaluations;
// Pub. 100-04 Ch. 5 §20.1: GP, GO or GN follows the plan of care)
public sealed class CodeDisciplineRuleTests
{
    [Theory]
    [InlineData("97161", Discipline.PT), InlineData("97164", Discipline.PT)]
    [InlineData("97165", Discipline.OT), InlineData("97168", Discipline.OT)]
    [InlineData("92521", Discipline.SLP), InlineData("92524", Discipline.SLP), InlineData("92507", Discipline.SLP)]
    [InlineData("97129", Discipline.SLP), InlineData("97110", Discipline.OT), InlineData("97116", Discipline.PT)]
    public void A_code_of_the_plans_discipline_is_billed(string code, Discipline plan) =>
        Assert.Null(CodeDisciplineRule.Problem(CodeCatalog.Standard, ProcedureCode.Parse(code), plan));

    [Theory]
    [InlineData("97165", Discipline.PT, "billed by OT")]  // the case: an OT evaluation billed with GP
    [InlineData("97161", Discipline.OT, "billed by PT")]
    [InlineData("97163", Discipline.SLP, "billed by PT")]
    [InlineData("92521", Discipline.PT, "billed by SLP")]
    [InlineData("92523", Discipline.OT, "billed by SLP")]
    [InlineData("97116", Discipline.OT, "billed by PT")]
    [InlineData("97110", Discipline.SLP, "billed by PT or OT")]
    public void A_code_of_another_discipline_is_refused_with_the_reason(string code, Discipline plan, string reason)
    {
        var problem = CodeDisciplineRule.Problem(CodeCatalog.Standard, ProcedureCode.Parse(code), plan);
        Assert.NotNull(problem);
        Assert.Contains(reason, problem);
        Assert.Contains("§20.1", problem);
    }

    [Fact]
    public void A_custom_code_follows_the_disciplines_the_company_gave_it()
    {
        var catalog = CodeCatalog.WithCustomCodes(
            [new CustomCodeDetails("S9152", "Speech home program", false, Disciplines: [Discipline.SLP])]);
        Assert.Null(CodeDisciplineRule.Problem(catalog, ProcedureCode.Parse("S9152"), Discipline.SLP));
        Assert.NotNull(CodeDisciplineRule.Problem(catalog, ProcedureCode.Parse("S9152"), Discipline.PT));
    }
}

public sealed class CodeDisciplineNoteTests
{
    // the case: 97165 billed with GP on a PT plan of care
    [Fact]
    public void An_OT_evaluation_on_a_PT_plan_of_care_is_not_billed_and_the_note_says_why()
    {
        var context = Documentation.Clinic.BillingFor(Documentation.Clinic.Rules(Documentation.Clinic.Therapist(),
            Documentation.Clinic.Medicare));
        var billing = Core.Documentation.NoteBilling.Compute(
            [Documentation.Clinic.Charge("97165", 30), Documentation.Clinic.Charge("97110", 30)], context);

        Assert.Equal([0, 2], billing.Lines.Select(l => l.Units));
        Assert.Empty(billing.Lines[0].ClaimLines);
        var problem = Assert.Single(billing.Problems);
        Assert.Equal("charges[0].code", problem.Field);
        Assert.Contains("a physical therapy plan of care", problem.Message);
    }
}
