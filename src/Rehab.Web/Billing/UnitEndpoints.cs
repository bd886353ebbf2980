using Microsoft.AspNetCore.Http.HttpResults;
using Rehab.Core.Billing;
using Rehab.Data.Billing;

namespace Rehab.Web.Billing;

/// <summary>Billed units for documented minutes, with the explanation a therapist reads in the note.</summary>
public static class UnitEndpoints
{
    public sealed record UnitLineRequest(string? Code, int Minutes);

    public sealed record UnitsRequest(string? Rule, IReadOnlyList<UnitLineRequest>? Lines);

    public sealed record UnitLineResponse(string Code, int Minutes, int Units, string Explanation);

    public sealed record UnitsResponse(
        string Rule, int TimedMinutes, int TotalUnits, IReadOnlyList<UnitLineResponse> Lines, string Explanation,
        IReadOnlyList<IReadOnlyDictionary<string, int>> AllowedAllocations);

    public static void MapUnitEndpoints(this RouteGroupBuilder api) =>
        api.MapPost("/billing/units", CalculateAsync).RequireAuthorization().WithTags("Billing")
            .WithSummary("Work out billed units under the 8-minute rule or the rule of 8s")
            .WithDescription("rule: eight-minute or rule-of-eights. Lines keep their order. When the rule allows several " +
                             "splits of the units, allowedAllocations lists them all, the default first.");

    private static async Task<Results<Ok<UnitsResponse>, ValidationProblem>> CalculateAsync(
        UnitsRequest request, CompanyCodes codes, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!UnitRuleNames.TryParse(request.Rule, out var rule))
            errors["rule"] = ["Rule must be eight-minute or rule-of-eights."];
        if (request.Lines is not { Count: > 0 })
            errors["lines"] = ["Give at least one line with a code and its minutes."];
        else if (request.Lines.Count > 50)
            errors["lines"] = ["A note has at most 50 lines."];
        var lines = new ServiceLine[request.Lines?.Count ?? 0];
        for (var i = 0; i < lines.Length; i++)
        {
            if (ProcedureCode.TryParse(request.Lines![i].Code, out var code))
                lines[i] = new ServiceLine(code, request.Lines[i].Minutes);
            else
                errors[$"lines[{i}].code"] = ["Code must be a CPT or HCPCS code such as 97110."];
        }
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);

        var calculator = new UnitCalculator(await codes.CatalogAsync(ct));
        var problems = calculator.Validate(lines);
        if (!problems.IsValid)
            return TypedResults.ValidationProblem(problems.ToDictionary());

        var result = calculator.Calculate(rule, lines);
        return TypedResults.Ok(new UnitsResponse(
            rule.Name(), result.TimedMinutes, result.TotalUnits,
            result.Lines.Select((l, i) => new UnitLineResponse(l.Code.Value, l.Minutes, l.Units, result.ExplainLine(i))).ToList(),
            result.Explain(),
            result.HasTie
                ? result.AllowedAllocations.Take(20).Select(a => (IReadOnlyDictionary<string, int>)a.UnitsByCode.ToDictionary(u => u.Key.Value, u => u.Value)).ToList()
                : []));
    }
}
