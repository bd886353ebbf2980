using Rehab.Core.Users;

namespace Rehab.Core.Tests.Users;

/// <summary>At least two active users with EditUsers remain in a company (domain.md §1.4).</summary>
public sealed class UserManagerRuleTests
{
    [Theory]
    [InlineData(true, false, 2, true)]
    [InlineData(true, false, 3, false)]
    [InlineData(true, true, 2, false)]
    [InlineData(false, false, 1, false)]
    public void Only_a_change_that_leaves_fewer_than_two_is_refused(bool heldBefore, bool holdsAfter, int holders, bool refused) =>
        Assert.Equal(refused, UserManagerRule.Refuses(heldBefore, holdsAfter, holders));

    [Fact]
    public void The_refusal_names_the_rule() =>
        Assert.Contains("At least 2 active users with EditUsers", UserManagerRule.Refusal(1));
}
