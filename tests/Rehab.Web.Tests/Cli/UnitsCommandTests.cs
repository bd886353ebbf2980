using System.Text.Json;
using Rehab.Cli;

namespace Rehab.Web.Tests.Cli;

/// <summary><c>rehab units</c>: the one-line JSON contract, and a one-line usage error naming the bad argument.</summary>
public sealed class UnitsCommandTests
{
    [Fact]
    public async Task Eight_minute_prints_the_contract_object_for_CMS_example_1()
    {
        var result = await RunAsync("units", "--rule", "eight-minute", "--line", "97112:24", "--line", "97110:23");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            """{"rule":"eight-minute","timedMinutes":47,"totalUnits":3,"lines":[{"code":"97112","minutes":24,"units":2},{"code":"97110","minutes":23,"units":1}]}"""
            + Environment.NewLine, result.Output);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task Rule_of_eights_counts_each_code_on_its_own()
    {
        var result = await RunAsync("units", "--rule", "rule-of-eights", "--line", "97112:24", "--line", "97110:23");

        Assert.Equal(
            """{"rule":"rule-of-eights","timedMinutes":47,"totalUnits":4,"lines":[{"code":"97112","minutes":24,"units":2},{"code":"97110","minutes":23,"units":2}]}""",
            result.Output.TrimEnd());
    }

    [Fact]
    public async Task Lines_keep_the_order_given_and_untimed_minutes_stay_out_of_timed_minutes()
    {
        var result = await RunAsync("units", "--rule", "eight-minute", "--line", "97010:10", "--line", "g0283:15", "--line", "97110:8");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            """{"rule":"eight-minute","timedMinutes":8,"totalUnits":3,"lines":[{"code":"97010","minutes":10,"units":1},{"code":"G0283","minutes":15,"units":1},{"code":"97110","minutes":8,"units":1}]}""",
            result.Output.TrimEnd());
    }

    [Fact]
    public async Task Explain_adds_the_explanation_and_leaves_the_contract_fields_as_they_are()
    {
        string[] args = ["units", "--rule", "eight-minute", "--line", "97112:20", "--line", "97110:20"];
        var plain = await RunAsync(args);
        var explained = await RunAsync([.. args, "--explain"]);

        Assert.Equal(0, explained.ExitCode);
        Assert.Single(explained.Output.TrimEnd().Split('\n'));
        using var json = JsonDocument.Parse(explained.Output);
        var root = json.RootElement;
        Assert.Equal(["rule", "timedMinutes", "totalUnits", "lines", "explanation", "allowedAllocations"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Contains("40 timed min fall in the chart's 38-52 minute band: 3 timed units", root.GetProperty("explanation").GetString());
        Assert.All(root.GetProperty("lines").EnumerateArray(), line =>
        {
            Assert.Equal(["code", "minutes", "units", "explanation"], line.EnumerateObject().Select(p => p.Name));
            Assert.False(string.IsNullOrWhiteSpace(line.GetProperty("explanation").GetString()));
        });
        Assert.Equal(2, root.GetProperty("allowedAllocations").GetArrayLength());
        Assert.Equal(plain.Output.TrimEnd(), WithoutExplanations(root));
    }

    [Theory]
    [InlineData("97999:10", "--line 97999:10: unknown code 97999")]
    [InlineData("97110", "--line 97110: expected CODE:MINUTES, such as 97110:23")]
    [InlineData("9711:10", "--line 9711:10: 9711 is not a CPT or HCPCS code")]
    [InlineData(":10", "--line :10: expected CODE:MINUTES, such as 97110:23")]
    [InlineData("97110:ten", "--line 97110:ten: minutes must be a whole number from 0 to 1440")]
    [InlineData("97110:", "--line 97110:: minutes must be a whole number from 0 to 1440")]
    [InlineData("97110:99999999999", "--line 97110:99999999999: minutes must be a whole number from 0 to 1440")]
    [InlineData("97110:-5", "--line 97110:-5: minutes cannot be negative")]
    [InlineData("97110:1441", "--line 97110:1441: 1441 minutes is more than a day; at most 1440")]
    [InlineData("97130:15", "--line 97130:15: 97130 is an add-on code, billed only with 97129 on the same day")]
    public async Task A_bad_line_exits_2_with_one_line_naming_it(string line, string message)
    {
        var result = await RunAsync("units", "--rule", "eight-minute", "--line", "97110:20", "--line", line);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(message + Environment.NewLine, result.Error);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task An_unknown_rule_exits_2_naming_it()
    {
        var result = await RunAsync("units", "--rule", "fifteen-minute", "--line", "97110:20");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("--rule fifteen-minute: must be eight-minute or rule-of-eights" + Environment.NewLine, result.Error);
        Assert.Equal("", result.Output);
    }

    [Theory]
    [InlineData("units", "--rule", "eight-minute")]
    [InlineData("units", "--line", "97110:20")]
    [InlineData("units", "--rule", "eight-minute", "--line", "97110:20", "--minutes", "3")]
    public async Task A_missing_or_unknown_option_is_a_usage_error(params string[] args)
    {
        var result = await RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.NotEqual("", result.Error);
    }

    [Fact]
    public async Task Help_shows_the_output_contract()
    {
        var result = await RunAsync("units", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--line <CODE:MINUTES>", result.Output);
        Assert.Contains("eight-minute|rule-of-eights", result.Output);
    }

    private static string WithoutExplanations(JsonElement root)
    {
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
            Write(json, root);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());

        static void Write(Utf8JsonWriter json, JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                json.WriteStartObject();
                foreach (var property in element.EnumerateObject().Where(p => p.Name is not ("explanation" or "allowedAllocations")))
                {
                    json.WritePropertyName(property.Name);
                    Write(json, property.Value);
                }
                json.WriteEndObject();
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                json.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                    Write(json, item);
                json.WriteEndArray();
            }
            else
                element.WriteTo(json);
        }
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await RehabCli.RunAsync(args, output, error, new StringReader(""));
        return (exitCode, output.ToString(), error.ToString());
    }
}
