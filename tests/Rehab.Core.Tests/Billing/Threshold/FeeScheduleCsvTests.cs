using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rehab.Core.Billing;
using Rehab.Core.Billing.Threshold;
using Rehab.Data.Billing;
using static Rehab.Core.Tests.Billing.Threshold.Fees;

namespace Rehab.Core.Tests.Billing.Threshold;

public sealed class FeeScheduleCsvTests
{
    private const string Header = "year,code,carrier_number,locality,facility_type,allowed_amount,note";

    private static FeeScheduleCsvResult Read(params string[] lines) =>
        FeeScheduleCsv.Read(new StringReader(string.Join("\n", lines) + "\n"));

    private static string SampleFile()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Rehab.slnx")))
            dir = dir.Parent;
        Assert.NotNull(dir);
        return Path.Combine(dir.FullName, "samples", "fee-schedule-sample-made-up-amounts.csv");
    }

    [Fact]
    public void Reads_rows_into_entries()
    {
        var result = Read(Header,
            "2026,97110,01112,05,non-institutional,31.46,",
            "2026,g0283,01112,05,institutional,12.5,a note");

        Assert.True(result.Succeeded);
        Assert.Equal([
            new FeeScheduleEntry(2026, Code("97110"), Metro, FacilityType.NonInstitutional, 31.46m),
            new FeeScheduleEntry(2026, Code("G0283"), Metro, FacilityType.Institutional, 12.50m),
        ], result.Entries);
    }

    [Fact]
    public void Columns_may_come_in_any_order_and_case_with_others_ignored_and_without_note()
    {
        var result = Read(
            "Allowed_Amount, Facility_Type ,Code,Description,Locality,Carrier_Number,Year",
            "29.00,Institutional,97116,Gait training,99,09102,2025");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(new FeeScheduleEntry(2025, Code("97116"), RestOfState, FacilityType.Institutional, 29.00m), Assert.Single(result.Entries));
    }

    [Fact]
    public void Leading_zeros_a_spreadsheet_dropped_are_restored()
    {
        var result = Read(Header, "2026,97110,1112,5,non-institutional,31.46,");
        Assert.Equal(Metro, Assert.Single(result.Entries).Locality);
    }

    [Theory]
    [InlineData("-5.00")]
    [InlineData("$31.46")]
    [InlineData("31;46")]
    [InlineData("\"1,031.46\"")]
    [InlineData("31.465")]
    [InlineData("thirty")]
    public void A_bad_allowed_amount_names_the_line_the_column_and_the_rule(string amount)
    {
        var result = Read(Header,
            "2026,97110,01112,05,non-institutional,31.46,",
            $"2026,97112,01112,05,non-institutional,{amount},");

        Assert.False(result.Succeeded);
        Assert.Empty(result.Entries); // nothing partially returned, though line 2 was fine
        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Line);
        Assert.Equal("allowed_amount", error.Column);
        Assert.StartsWith("line 3, allowed_amount: must be a non-negative amount in dollars and cents, such as 31.46, without a $ sign or thousands separators (found \"",
            error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_decimal_comma_that_splits_the_row_is_refused_not_read_as_whole_dollars()
    {
        var result = Read(Header, "2026,97110,01112,05,non-institutional,31,46,");
        Assert.Equal("line 2: has 8 values but the header names 7 columns; a value containing a comma must be enclosed in double quotes",
            Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void Trailing_zeros_past_the_cents_are_fine() =>
        Assert.Equal(31.46m, Assert.Single(Read(Header, "2026,97110,01112,05,non-institutional,31.4600,").Entries).AllowedAmount);

    [Theory]
    [InlineData("26,97110,01112,05,non-institutional,31.46,", "year", "must be a calendar year, such as 2026 (found \"26\")")]
    [InlineData("2026,9711,01112,05,non-institutional,31.46,", "code", "must be a CPT or HCPCS code of five characters, such as 97110 or G0283 (found \"9711\")")]
    [InlineData("2026,97110,011120,05,non-institutional,31.46,", "carrier_number", "must be the carrier number from CMS's locality file, up to five digits, such as 01112 (found \"011120\")")]
    [InlineData("2026,97110,01112,5A,non-institutional,31.46,", "locality", "must be the locality number from CMS's locality file, up to two digits, such as 05 (found \"5A\")")]
    [InlineData("2026,97110,01112,05,facility,31.46,", "facility_type", "must be non-institutional or institutional (found \"facility\")")]
    [InlineData("2026,97110,01112,05,non-institutional,,", "allowed_amount", "is required")]
    public void Each_column_names_its_rule(string row, string column, string message)
    {
        var error = Assert.Single(Read(Header, row).Errors);
        Assert.Equal(new FeeScheduleCsvError(2, column, message), error);
    }

    [Fact]
    public void Every_problem_of_every_row_is_reported_in_file_order()
    {
        var result = Read(Header,
            "2026,97110,01112,05,non-institutional,31.46,",
            "2026,ABCDE,01112,05,hospital,31.46,",
            "2026,97112,01112,05,non-institutional,-1,");

        Assert.Equal(["line 3, code", "line 3, facility_type", "line 4, allowed_amount"],
            result.Errors.Select(e => $"line {e.Line}, {e.Column}"));
    }

    [Fact]
    public void Line_numbers_count_blank_lines_and_line_breaks_inside_quotes()
    {
        var result = Read(Header,
            "2026,97110,01112,05,non-institutional,31.46,\"a note\nover two lines\"",
            "",
            "2026,97112,01112,05,non-institutional,x,");
        Assert.Equal(5, Assert.Single(result.Errors).Line);
    }

    [Fact]
    public void A_row_repeating_year_code_locality_and_facility_type_points_to_the_first()
    {
        var result = Read(Header,
            "2026,97110,01112,05,non-institutional,31.46,",
            "2026,97110,01112,05,institutional,30.00,",
            "2026,97110,1112,5,Non-Institutional,32.00,");

        Assert.Equal("line 4, code: 97110 for 2026, carrier 01112, locality 05, non-institutional is already on line 2",
            Assert.Single(result.Errors).ToString());
        Assert.Empty(result.Entries);
    }

    [Fact]
    public void A_missing_column_is_named_on_line_1()
    {
        var result = Read("year,code,carrier_number,locality,allowed_amount", "2026,97110,01112,05,31.46");
        Assert.Equal("line 1: the header lacks facility_type; it must name the columns year,code,carrier_number,locality,facility_type,allowed_amount (note is optional)",
            Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void An_empty_file_is_refused() =>
        Assert.Equal("line 1: the file is empty; its first line must be the header: year,code,carrier_number,locality,facility_type,allowed_amount",
            Assert.Single(FeeScheduleCsv.Read(new StringReader("")).Errors).ToString());

    [Fact]
    public void A_header_without_rows_is_refused() =>
        Assert.Equal("line 2: the file has a header but no rows", Assert.Single(Read(Header).Errors).ToString());

    [Fact]
    public void Broken_quoting_is_reported_at_its_line()
    {
        var result = Read(Header,
            "2026,97110,01112,05,non-institutional,31.46,",
            "2026,97112,01112,05,non-institutional,3\"1\".46,");
        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Line);
        Assert.Null(error.Column);
        Assert.Contains("quoting is malformed", error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Entries);
    }

    [Fact]
    public void Reading_stops_after_the_error_limit()
    {
        var rows = Enumerable.Repeat("2026,97110,01112,05,non-institutional,bad,", FeeScheduleCsv.MaxErrors + 20);
        var result = Read([Header, .. rows]);
        Assert.Equal(FeeScheduleCsv.MaxErrors + 1, result.Errors.Count);
        Assert.StartsWith("stopped after", result.Errors[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_file_parses_and_covers_both_years_localities_and_facility_types()
    {
        using var file = File.OpenText(SampleFile());
        var result = FeeScheduleCsv.Read(file);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal([2025, 2026], result.Entries.Select(e => e.Year).Distinct().Order());
        Assert.Equal(2, result.Entries.Select(e => e.Locality).Distinct().Count());
        Assert.Equal(2, result.Entries.Select(e => e.FacilityType).Distinct().Count());
        var schedule = new FeeSchedule(result.Entries);
        // Timed and untimed codes of billing-rules.md §3, PT and OT evaluations included, in every combination.
        string[] codes = ["97110", "97112", "97116", "97140", "97530", "97535", "97032", "97035", "97010", "97012", "G0283", "97150",
            "97161", "97162", "97163", "97164", "97165", "97166", "97167", "97168"];
        foreach (var e in result.Entries.Select(e => (e.Year, e.Locality, e.FacilityType)).Distinct())
            Assert.All(codes, c => Assert.NotNull(schedule.AllowedAmount(e.Year, Code(c), e.Locality, e.FacilityType)));
    }

    [Fact]
    public void Every_sample_row_says_its_amount_is_made_up()
    {
        var lines = File.ReadAllLines(SampleFile()).Skip(1).Where(l => l.Length > 0).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Contains("MADE-UP SAMPLE AMOUNT", l, StringComparison.Ordinal));
    }

    [Fact]
    public void The_sample_prices_an_estimate()
    {
        using var file = File.OpenText(SampleFile());
        var schedule = new FeeSchedule(FeeScheduleCsv.Read(file).Entries);
        var estimate = Estimate([Service("97110", 2, Discipline.PT), Service("97530", 1, Discipline.OT)], schedule: schedule);
        Assert.Equal(2 * schedule.AllowedAmount(2026, Code("97110"), Metro, FacilityType.NonInstitutional), estimate.Bucket(TherapyBucket.PhysicalAndSpeech).Used);
        Assert.Empty(estimate.NotPriced);
    }

    [Property]
    public Property Written_entries_read_back_unchanged() =>
        Prop.ForAll(EntryLists.ToArbitrary(), entries =>
        {
            var csv = string.Join("\n", [Header, .. entries.Select(e => string.Join(",",
                e.Year.ToString(CultureInfo.InvariantCulture), e.Code.Value, e.Locality.CarrierNumber, e.Locality.LocalityNumber,
                e.FacilityType.Name(), e.AllowedAmount.ToString(CultureInfo.InvariantCulture), ""))]);
            var result = FeeScheduleCsv.Read(new StringReader(csv));
            return result.Succeeded && result.Entries.SequenceEqual(entries);
        });

    private static readonly Gen<List<FeeScheduleEntry>> EntryLists =
        from year in Gen.Choose(2018, 2030)
        from rows in Gen.NonEmptyListOf(
            from code in Gen.Elements("97110", "97112", "97140", "97530", "G0283", "97161", "92521")
            from locality in Gen.Elements(Metro, RestOfState)
            from facilityType in Gen.Elements(FacilityType.NonInstitutional, FacilityType.Institutional)
            from cents in Gen.Choose(0, 50_000)
            select new FeeScheduleEntry(year, Code(code), locality, facilityType, cents / 100m))
        select rows.DistinctBy(e => (e.Code, e.Locality, e.FacilityType)).ToList();
}
