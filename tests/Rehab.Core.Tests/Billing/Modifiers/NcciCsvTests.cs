using Rehab.Core.Billing;
using Rehab.Core.Billing.Modifiers;
using Rehab.Data.Billing;

namespace Rehab.Core.Tests.Billing.Modifiers;

// The columns of CMS's quarterly practitioner PTP edit file
public sealed class NcciCsvTests
{
    private const string Header =
        "Column 1,Column 2,*=in existence prior to 1996,Effective Date,Deletion Date *=no data," +
        "\"Modifier 0=not allowed 1=allowed 9=not applicable\",PTP Edit Rationale\n";

    private static IReadOnlyList<NcciEdit> Parse(string csv) => NcciCsv.Parse(new StringReader(csv));

    [Fact]
    public void Reads_the_CMS_columns()
    {
        var edits = Parse(Header +
            "97140,97530,,20200101,*,1,Misuse of column two code with column one code\n" +
            "97161,97530,,20200101,20200101,0,Mutually exclusive procedures\n" +
            "97012,97010,*,19960101,*,9,\n");

        Assert.Equal(3, edits.Count);
        Assert.Equal(new NcciEdit(ProcedureCode.Parse("97140"), ProcedureCode.Parse("97530"), NcciModifierIndicator.Allowed,
            new DateOnly(2020, 1, 1), null, "Misuse of column two code with column one code"), edits[0]);
        Assert.Equal(new DateOnly(2020, 1, 1), edits[1].DeletionDate);
        Assert.Equal(NcciModifierIndicator.NotAllowed, edits[1].ModifierIndicator);
        Assert.Equal(NcciModifierIndicator.NotApplicable, edits[2].ModifierIndicator);
        Assert.Null(edits[2].Rationale);
    }

    [Fact]
    public void An_edit_deleted_on_its_effective_date_was_never_in_force()
    {
        var edit = Parse(Header + "97161,97530,,20200101,20200101,0,Mutually exclusive procedures\n").Single();
        Assert.False(edit.IsInEffectOn(new DateOnly(2020, 1, 1)));
    }

    [Fact]
    public void Columns_are_found_by_name_in_any_order_and_the_optional_ones_may_be_missing()
    {
        var edit = Parse("modifier,effective date,deletion date,column 2,column 1\n1,20240101,,97530,97140\n").Single();
        Assert.Equal("97140", edit.Column1.Value);
        Assert.Equal("97530", edit.Column2.Value);
        Assert.Null(edit.DeletionDate);
    }

    [Fact]
    public void Lines_before_the_header_such_as_the_copyright_notice_are_skipped()
    {
        var edits = Parse("\"CPT codes, descriptions and other data only are copyright American Medical Association.\"\n\n" +
            Header + "97140,97530,,20200101,*,1,\n");
        Assert.Equal("97140", edits.Single().Column1.Value);
    }

    [Fact]
    public void A_file_without_the_header_is_refused()
    {
        var e = Assert.Throws<NcciCsvException>(() => Parse("97140,97530,,20200101,*,1,\n"));
        Assert.Contains("header", e.Message);
    }

    [Fact]
    public void A_header_missing_a_required_column_names_it()
    {
        var e = Assert.Throws<NcciCsvException>(() => Parse("Column 1,Column 2,Effective Date,Modifier\n97140,97530,20200101,1\n"));
        Assert.Contains("Deletion Date", e.Message);
    }

    [Theory]
    [InlineData("97140,97530,,2020-01-01,*,1,", "Effective Date", "YYYYMMDD")]
    [InlineData("97140,97530,,20200101,2021,1,", "Deletion Date", "YYYYMMDD")]
    [InlineData("97140,97530,,20200101,*,2,", "Modifier", "'2'")]
    [InlineData("9714,97530,,20200101,*,1,", "Column 1", "'9714'")]
    [InlineData("97140,,,20200101,*,1,", "Column 2", "''")]
    [InlineData("97140,97530,,,*,1,", "Effective Date", "empty")]
    public void A_bad_row_names_its_line_and_column(string row, string column, string problem)
    {
        var e = Assert.Throws<NcciCsvException>(() => Parse(Header + "97140,97530,,20200101,*,1,\n" + row + "\n"));
        Assert.Equal(3, e.LineNumber);
        Assert.Equal(column, e.Column);
        Assert.StartsWith($"Line 3, {column}:", e.Message);
        Assert.Contains(problem, e.Message);
    }

    [Fact]
    public void Line_numbers_count_the_lines_before_the_header()
    {
        var e = Assert.Throws<NcciCsvException>(() => Parse("notice\n" + Header + "97140,97530,,20200101,*,7,\n"));
        Assert.Equal(3, e.LineNumber);
    }

    [Fact]
    public void The_parsed_edits_replace_the_seed()
    {
        var table = new NcciEditTable(Parse(Header + "97112,97116,,20240101,*,0,Mutually exclusive procedures\n"));
        var outcome = ModifierEngine.Apply(new ModifierRequest(new DateOnly(2026, 3, 10), PayerModifierSettings.Medicare(),
            [new BilledLine(ProcedureCode.Parse("97112"), Discipline.PT, true, 1, 15), new BilledLine(ProcedureCode.Parse("97116"), Discipline.PT, true, 1, 15)],
            table));
        Assert.True(outcome.Lines[1].IsRefused);
    }
}
