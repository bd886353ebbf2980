using System.Globalization;
using CsvHelper;
using Rehab.Core.Billing;
using Rehab.Core.Billing.Modifiers;

namespace Rehab.Data.Billing;

/// <summary>
/// Reads CMS's quarterly Medicare NCCI practitioner procedure-to-procedure (PTP) edit file, saved as CSV
/// (comma-separated, quotes as in RFC 4180), into edits for an <see cref="NcciEditTable"/>.
/// </summary>
/// <remarks>
/// <para>Columns, found by their header and in any order (case, spacing, punctuation and the legend after the
/// name do not matter, so <c>Deletion Date *=no data</c> is the deletion date):</para>
/// <list type="bullet">
/// <item><c>Column 1</c> (required): the column-1 CPT or HCPCS code.</item>
/// <item><c>Column 2</c> (required): the column-2 code, the one denied or needing a modifier.</item>
/// <item><c>*=in existence prior to 1996</c> (optional): read and not kept.</item>
/// <item><c>Effective Date</c> (required): YYYYMMDD.</item>
/// <item><c>Deletion Date</c> (required): <c>*</c> or empty while the edit is in force, else YYYYMMDD, the first
/// date of service it no longer applies to.</item>
/// <item><c>Modifier</c> (required): 0 = not allowed, 1 = allowed, 9 = not applicable.</item>
/// <item><c>PTP Edit Rationale</c> (optional): kept as the edit's rationale.</item>
/// </list>
/// <para>Lines before the header row, such as CMS's copyright notice, are skipped. A row that cannot be read
/// stops the import with an <see cref="NcciCsvException"/> naming its line and column.</para>
/// </remarks>
public static class NcciCsv
{
    private const int MostLinesBeforeHeader = 50;

    public static IReadOnlyList<NcciEdit> Parse(TextReader text)
    {
        using var reader = CsvReader.Create(text, new CsvReaderOptions
        {
            Separator = ',',
            TrackLineNumbers = true,
            TrimWhitespace = true,
            NormalizeHeaderName = Key,
        }, leaveOpen: true);
        FindHeader(reader);

        var edits = new List<NcciEdit>();
        foreach (var row in reader.GetRecords<NcciCsvRow>())
        {
            var line = (int)reader.LineNumber;
            edits.Add(new NcciEdit(
                Code(row.Column1, line, "Column 1"),
                Code(row.Column2, line, "Column 2"),
                Indicator(row.Modifier, line),
                Date(row.EffectiveDate, line, "Effective Date") ?? throw new NcciCsvException(line, "Effective Date", "is empty; expected a date as YYYYMMDD."),
                Date(row.DeletionDate, line, "Deletion Date"),
                string.IsNullOrWhiteSpace(row.Rationale) ? null : row.Rationale));
        }
        return edits;
    }

    private static void FindHeader(CsvReader reader)
    {
        if (IsHeader(reader.Headers))
            return;
        while (reader.Read())
        {
            if (IsHeader(reader.Current.ToArray()))
            {
                reader.ReadHeader();
                return;
            }
            if (reader.LineNumber >= MostLinesBeforeHeader)
                break;
        }
        throw new NcciCsvException(0, "header", "not found: the file needs a header row with the columns Column 1, Column 2, " +
            "Effective Date, Deletion Date and Modifier.");
    }

    private static bool IsHeader(IReadOnlyList<string> names)
    {
        var keys = names.Select(Key).ToHashSet();
        var missing = Required.Where(r => !keys.Contains(Key(r))).ToList();
        if (missing.Count == 0)
            return true;
        if (keys.Contains(Key("Column 1")) && keys.Contains(Key("Column 2")))
            throw new NcciCsvException(0, "header", $"has no {string.Join(", ", missing)} column.");
        return false;
    }

    private static readonly string[] Required = ["Column 1", "Column 2", "Effective Date", "Deletion Date", "Modifier"];

    /// <summary>A header name reduced to what identifies the column, without CMS's legend after it.</summary>
    private static string Key(string name)
    {
        var s = new string(name.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
        return s.StartsWith("column1", StringComparison.Ordinal) ? "column1"
            : s.StartsWith("column2", StringComparison.Ordinal) ? "column2"
            : s.Contains("1996", StringComparison.Ordinal) ? "before1996"
            : s.StartsWith("effectivedate", StringComparison.Ordinal) ? "effectivedate"
            : s.StartsWith("deletiondate", StringComparison.Ordinal) ? "deletiondate"
            : s.StartsWith("modifier", StringComparison.Ordinal) ? "modifier"
            : s.Contains("rationale", StringComparison.Ordinal) ? "rationale"
            : s;
    }

    private static ProcedureCode Code(string text, int line, string column) =>
        ProcedureCode.TryParse(text, out var code) ? code
            : throw new NcciCsvException(line, column, $"'{text}' is not a CPT or HCPCS code.");

    private static NcciModifierIndicator Indicator(string text, int line) => text.Trim() switch
    {
        "0" => NcciModifierIndicator.NotAllowed,
        "1" => NcciModifierIndicator.Allowed,
        "9" => NcciModifierIndicator.NotApplicable,
        _ => throw new NcciCsvException(line, "Modifier", $"'{text}' is not 0 (not allowed), 1 (allowed) or 9 (not applicable)."),
    };

    private static DateOnly? Date(string text, int line, string column)
    {
        var s = text.Trim();
        if (s is "" or "*")
            return null;
        return DateOnly.TryParseExact(s, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
            : throw new NcciCsvException(line, column, $"'{text}' is not a date as YYYYMMDD.");
    }
}

/// <summary>A row of the PTP file that cannot be read, with the line of the file and the column at fault.</summary>
public sealed class NcciCsvException(int lineNumber, string column, string problem)
    : FormatException(lineNumber > 0 ? $"Line {lineNumber}, {column}: {problem}" : $"NCCI edit file {column} {problem}")
{
    /// <summary>The 1-based line of the file, or 0 for a problem with the file as a whole.</summary>
    public int LineNumber { get; } = lineNumber;

    public string Column { get; } = column;
}

[CsvRecord]
internal sealed partial record NcciCsvRow
{
    [CsvColumn("Column 1")] public string Column1 { get; set; } = "";
    [CsvColumn("Column 2")] public string Column2 { get; set; } = "";
    [CsvColumn("*=in existence prior to 1996", Optional = true)] public string? Before1996 { get; set; }
    [CsvColumn("Effective Date")] public string EffectiveDate { get; set; } = "";
    [CsvColumn("Deletion Date")] public string DeletionDate { get; set; } = "";
    [CsvColumn("Modifier")] public string Modifier { get; set; } = "";
    [CsvColumn("PTP Edit Rationale", Optional = true)] public string? Rationale { get; set; }
}
