using Rehab.Core.Common;

namespace Rehab.Core.Tests.Common;

public sealed class DecisionTests
{
    [Fact]
    public void Allowed_has_no_problems_and_no_kind()
    {
        Assert.True(Decision.Allowed.IsAllowed);
        Assert.Null(Decision.Allowed.Kind);
        Assert.Equal("x", Decision.Allow("x").Value);
    }

    [Theory]
    [InlineData(new[] { ProblemKind.Invalid }, ProblemKind.Invalid)]
    [InlineData(new[] { ProblemKind.Invalid, ProblemKind.Conflict }, ProblemKind.Conflict)]
    [InlineData(new[] { ProblemKind.Conflict, ProblemKind.NotPermitted, ProblemKind.Invalid }, ProblemKind.NotPermitted)]
    public void The_kind_is_the_most_serious_problem_s(ProblemKind[] kinds, ProblemKind expected) =>
        Assert.Equal(expected, new Decision([.. kinds.Select(k => new Problem("f", "m", k))]).Kind);

    [Fact]
    public void Problems_group_by_field_in_the_order_found()
    {
        var decision = Decision.Refuse<string>([new("b", "one"), new("a", "two"), new("b", "three")]);

        Assert.Null(decision.Value);
        Assert.Equal(["b", "a"], decision.ToDictionary().Keys);
        Assert.Equal(["one", "three"], decision.ToDictionary()["b"]);
    }

    [Fact]
    public void A_refusal_without_a_problem_is_a_mistake() =>
        Assert.Throws<ArgumentException>(() => Decision.Refuse<string>([]));

    [Fact]
    public void Validation_errors_become_problems_field_by_field()
    {
        var errors = new ValidationErrors();
        errors.Add("a", "one");
        errors.Add("b", "two");
        errors.Add("a", "three");

        Assert.Equal([new Problem("a", "one", ProblemKind.Conflict), new Problem("a", "three", ProblemKind.Conflict), new Problem("b", "two", ProblemKind.Conflict)],
            errors.ToProblems(ProblemKind.Conflict));
    }
}
