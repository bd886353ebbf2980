using System.Buffers;
using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Rehab.Cli.Hosting;
using Rehab.Core.Billing;

namespace Rehab.Cli.Billing;

/// <summary>Billed units for a note's lines, as one JSON object; needs no database.</summary>
internal sealed class UnitsCommand : Command
{
    private readonly Option<string> _rule = new("--rule")
    {
        Description = "The unit rule: eight-minute (CMS, minutes pooled over the day) or rule-of-eights (AMA, each code on its own).",
        HelpName = $"{UnitRuleNames.EightMinute}|{UnitRuleNames.RuleOfEights}",
        Required = true,
    };
    private readonly Option<string[]> _lines = new("--line")
    {
        Description = "A documented code and its minutes of direct treatment, such as 97110:23. Repeat for each line.",
        HelpName = "CODE:MINUTES",
        Required = true,
    };
    private readonly Option<bool> _explain = new("--explain")
    {
        Description = "Add the explanation a therapist reads: for the day and for each line.",
    };

    public UnitsCommand(CliConsole console)
        : base("units",
            "Work out the billed units of a note's lines and print them as one JSON object, lines in the order given: "
            + "{\"rule\":\"eight-minute\",\"timedMinutes\":47,\"totalUnits\":3,\"lines\":[{\"code\":\"97112\",\"minutes\":24,\"units\":2},"
            + "{\"code\":\"97110\",\"minutes\":23,\"units\":1}]}. An unknown code, a malformed line or minutes outside 0-1440 "
            + "exit 2 with the bad argument named on standard error.")
    {
        Options.Add(_rule);
        Options.Add(_lines);
        Options.Add(_explain);
        SetAction(parseResult => Run(parseResult, console));
    }

    private int Run(ParseResult parseResult, CliConsole console)
    {
        var ruleName = parseResult.GetValue(_rule);
        if (!UnitRuleNames.TryParse(ruleName, out var rule))
            return Usage(console, $"--rule {ruleName}: must be {UnitRuleNames.EightMinute} or {UnitRuleNames.RuleOfEights}");

        var arguments = parseResult.GetValue(_lines) ?? [];
        var lines = new ServiceLine[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            if (ParseLine(arguments[i], out lines[i]) is { } problem)
                return Usage(console, $"--line {arguments[i]}: {problem}");
        }

        UnitCalculation result;
        try
        {
            result = UnitCalculator.Standard.Calculate(rule, lines);
        }
        catch (ServiceLineException bad)
        {
            return Usage(console, $"--line {arguments[bad.Line]}: {bad.Message}");
        }
        console.Output.WriteLine(Json(result, parseResult.GetValue(_explain)));
        return ExitCode.Success;
    }

    private static string? ParseLine(string argument, out ServiceLine line)
    {
        line = default;
        var colon = argument.LastIndexOf(':');
        if (colon <= 0)
            return "expected CODE:MINUTES, such as 97110:23";
        var code = argument[..colon];
        if (!ProcedureCode.TryParse(code, out var procedureCode))
            return $"{code} is not a CPT or HCPCS code";
        if (!int.TryParse(argument[(colon + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var minutes))
            return $"minutes must be a whole number from 0 to {UnitCalculator.MaxMinutes}";
        line = new ServiceLine(procedureCode, minutes);
        return null;
    }

    private static string Json(UnitCalculation result, bool explain)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("rule", result.Rule.Name());
            json.WriteNumber("timedMinutes", result.TimedMinutes);
            json.WriteNumber("totalUnits", result.TotalUnits);
            json.WriteStartArray("lines");
            for (var i = 0; i < result.Lines.Count; i++)
            {
                var line = result.Lines[i];
                json.WriteStartObject();
                json.WriteString("code", line.Code.Value);
                json.WriteNumber("minutes", line.Minutes);
                json.WriteNumber("units", line.Units);
                if (explain)
                    json.WriteString("explanation", result.ExplainLine(i));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            if (explain)
            {
                json.WriteString("explanation", result.Explain());
                if (result.HasTie)
                    WriteAllowedAllocations(json, result);
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteAllowedAllocations(Utf8JsonWriter json, UnitCalculation result)
    {
        json.WriteStartArray("allowedAllocations");
        foreach (var allocation in result.AllowedAllocations)
        {
            json.WriteStartObject();
            foreach (var (code, units) in allocation.UnitsByCode)
                json.WriteNumber(code.Value, units);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static int Usage(CliConsole console, string message)
    {
        console.Error.WriteLine(message);
        return ExitCode.Usage;
    }
}
