using NetArchTest.Rules;

namespace Rehab.Core.Tests.Architecture;

public sealed class LayeringTests
{
    [Theory]
    [InlineData("Microsoft.EntityFrameworkCore")]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("Microsoft.Extensions.DependencyInjection")]
    [InlineData("Rehab.Data")]
    [InlineData("Rehab.Web")]
    public void Core_stays_free_of_frameworks_and_outer_layers(string forbidden)
    {
        var result = Types.InAssembly(typeof(Rehab.Core.Audit.AuditChain).Assembly)
            .ShouldNot().HaveDependencyOn(forbidden).GetResult();
        Assert.True(result.IsSuccessful, $"Rehab.Core depends on {forbidden}: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Core_assembly_references_nothing_but_the_runtime()
    {
        var references = typeof(Rehab.Core.Audit.AuditChain).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.All(references, name => Assert.True(name.StartsWith("System", StringComparison.Ordinal) || name == "netstandard",
            $"Rehab.Core references {name}"));
    }

    [Fact]
    public void Data_does_not_reach_into_the_web_host()
    {
        var result = Types.InAssembly(typeof(Rehab.Data.RehabDbContext).Assembly)
            .ShouldNot().HaveDependencyOn("Rehab.Web").GetResult();
        Assert.True(result.IsSuccessful);
    }
}
