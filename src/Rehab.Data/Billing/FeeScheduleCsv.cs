using System.Globalization;
using CsvHelper;
using Rehab.Core.Billing;
using Rehab.Core.Billing.Threshold;

namespace Rehab.Data.Billing;

/// <summary>
/// Reads the Medicare fee schedule an admin imports: a CSV file with a header line and one row per code, year,
/// locality and facility type. Columns, in any order (names ignore case; other columns are ignored):
/// <list type="bullet">
/// <item><c>year</c>: the calendar year, such as 2026.</item>
/// <item><c>code</c>: the CPT or HCPCS code, such as 97110 or G0283.</item>
/// <item><c>carrier_number</c>: the MAC's carrier number from CMS's locality file, such as 01112.</item>
/// <item><c>locality</c>: the locality number from CMS's locality file, such as 05.</item>
/// <item><c>facility_type</c>: <c>non-institutional</c> or <c>institutional</c>.</item>
/// <item><c>allowed_amount</c>: Medicare's allowed amount for one unit in dollars and cents, such as 31.46.</item>
/// <item><c>note</c> (optional): free text, not read.</item>
/// </list>
/// A file with any bad row gives no entries, only the errors, each naming its line and column.
/// </summary>
public static class FeeScheduleCsv
{
    public static IReadOnlyList<string> RequiredColumns { get; } =
        ["year", "code", "carrier_number", "locality", "facility_type", "allowed_amount"];

    /// <summary>Reading stops after this many errors.</summary>
    public const int MaxErrors = 100;

    public static FeeScheduleCsvResult Read(TextReader text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var options = CsvReaderOptions.Default with
        {
            TrackLineNumbers = true,
            TrimWhitespace = true,
            MalformedData = CsvMalformedDataHandling.Throw,
        };
        using var csv = CsvReader.Create(text, options, leaveOpen: true);
        var entries = new List<FeeScheduleEntry>();
        var errors = new List<FeeScheduleCsvError>();
        var seen = new Dictionary<(int, ProcedureCode, FeeScheduleLocality, FacilityType), int>();
        try
        {
            var missing = MissingColumns(csv.Headers);
            if (missing is not null)
                return Failed(new FeeScheduleCsvError(1, null, missing));

            foreach (var row in csv.GetRecords<FeeScheduleRow>())
            {
                var line = (int)csv.LineNumber;
                var entry = csv.FieldCount > csv.Headers.Count
                    ? TooManyValues(line, csv.FieldCount, csv.Headers.Count, errors)
                    : Parse(row, line, errors);
                if (entry is null)
                {
                    if (errors.Count >= MaxErrors)
                    {
                        errors.Add(new FeeScheduleCsvError(line, null, $"stopped after {MaxErrors} errors; correct these and import again"));
                        break;
                    }
                    continue;
                }
                if (seen.TryGetValue((entry.Year, entry.Code, entry.Locality, entry.FacilityType), out var first))
                {
                    errors.Add(new FeeScheduleCsvError(line, "code",
                        $"{entry.Code} for {entry.Year}, {entry.Locality}, {entry.FacilityType.Name()} is already on line {first}"));
                    continue;
                }
                seen.Add((entry.Year, entry.Code, entry.Locality, entry.FacilityType), line);
                entries.Add(entry);
            }
        }
        catch (CsvFormatException e)
        {
            errors.Add(new FeeScheduleCsvError((int)e.LineNumber, null,
                "the quoting is malformed: a value with a comma, quote or line break must be enclosed in double quotes, with its own quotes doubled"));
        }

        if (errors.Count > 0)
            return Failed([.. errors]);
        if (entries.Count == 0)
            return Failed(new FeeScheduleCsvError(2, null, "the file has a header but no rows"));
        return new FeeScheduleCsvResult(entries, []);
    }

    private static FeeScheduleCsvResult Failed(params FeeScheduleCsvError[] errors) => new([], errors);

    private static string? MissingColumns(IReadOnlyList<string> headers)
    {
        if (headers.Count == 0)
            return $"the file is empty; its first line must be the header: {string.Join(",", RequiredColumns)}";
        var missing = RequiredColumns
            .Where(c => !headers.Any(h => string.Equals(h.Trim(), c, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        return missing.Count == 0
            ? null
            : $"the header lacks {string.Join(", ", missing)}; it must name the columns {string.Join(",", RequiredColumns)} (note is optional)";
    }

    private static FeeScheduleEntry? TooManyValues(int line, int values, int columns, List<FeeScheduleCsvError> errors)
    {
        // An unquoted "31,46" would otherwise shift the columns and read as 31.
        errors.Add(new FeeScheduleCsvError(line, null,
            $"has {values} values but the header names {columns} columns; a value containing a comma must be enclosed in double quotes"));
        return null;
    }

    private static FeeScheduleEntry? Parse(FeeScheduleRow row, int line, List<FeeScheduleCsvError> errors)
    {
        var before = errors.Count;
        void Fail(string column, string value, string rule) =>
            errors.Add(new FeeScheduleCsvError(line, column, value.Length == 0 ? "is required" : $"must be {rule} (found \"{value}\")"));

        var yearOk = int.TryParse(row.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2099;
        if (!yearOk)
            Fail("year", row.Year, "a calendar year, such as 2026");
        if (!ProcedureCode.TryParse(row.Code, out var code))
            Fail("code", row.Code, "a CPT or HCPCS code of five characters, such as 97110 or G0283");
        if (!FeeScheduleLocality.IsCarrierNumber(row.CarrierNumber))
            Fail("carrier_number", row.CarrierNumber, "the carrier number from CMS's locality file, up to five digits, such as 01112");
        if (!FeeScheduleLocality.IsLocalityNumber(row.Locality))
            Fail("locality", row.Locality, "the locality number from CMS's locality file, up to two digits, such as 05");
        FacilityType? facilityType = row.FacilityType.ToLowerInvariant() switch
        {
            "non-institutional" => FacilityType.NonInstitutional,
            "institutional" => FacilityType.Institutional,
            _ => null,
        };
        if (facilityType is null)
            Fail("facility_type", row.FacilityType, "non-institutional or institutional");
        var amountOk = decimal.TryParse(row.AllowedAmount, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            && amount == Math.Round(amount, 2);
        if (!amountOk)
            Fail("allowed_amount", row.AllowedAmount,
                "a non-negative amount in dollars and cents, such as 31.46, without a $ sign or thousands separators");

        if (errors.Count > before)
            return null;
        return new FeeScheduleEntry(year, code, FeeScheduleLocality.Create(row.CarrierNumber, row.Locality), facilityType!.Value, amount);
    }
}

/// <summary>The entries of a fee-schedule file, or — when any row is bad — only the errors.</summary>
public sealed record FeeScheduleCsvResult(IReadOnlyList<FeeScheduleEntry> Entries, IReadOnlyList<FeeScheduleCsvError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>One problem in a fee-schedule file: the 1-based line (the header is line 1), the column when one is at fault, and the rule.</summary>
public sealed record FeeScheduleCsvError(int Line, string? Column, string Message)
{
    public override string ToString() => Column is null ? $"line {Line}: {Message}" : $"line {Line}, {Column}: {Message}";
}

[CsvRecord]
internal sealed partial record FeeScheduleRow(
    [CsvColumn("year")] string Year,
    [CsvColumn("code")] string Code,
    [CsvColumn("carrier_number")] string CarrierNumber,
    [CsvColumn("locality")] string Locality,
    [CsvColumn("facility_type")] string FacilityType,
    [CsvColumn("allowed_amount")] string AllowedAmount,
    [CsvColumn("note")] string Note = "");
