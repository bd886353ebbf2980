using System.Globalization;

namespace Rehab.Web.Pages.Shared;

/// <summary>Dates, numbers and code lists typed into a form: blank is null, anything else must read, or its field gets an error.</summary>
public static class FormValues
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "M/d/yyyy"];

    public static DateOnly? Date(FormErrors errors, string field, string? text, string label)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        errors.Add(field, $"{label} must be a date, such as 2026-03-10.");
        return null;
    }

    public static int? Number(FormErrors errors, string field, string? text, string label)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
            return number;
        errors.Add(field, $"{label} must be a whole number.");
        return null;
    }

    public static decimal? Amount(FormErrors errors, string field, string? text, string label)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (decimal.TryParse(text.Trim().TrimStart('$'), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
            return amount;
        errors.Add(field, $"{label} must be an amount in dollars, such as 1250.00.");
        return null;
    }

    /// <summary>Codes separated by commas, semicolons or spaces, in the order typed.</summary>
    public static List<string> Codes(string? text) =>
        (text ?? "").Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).ToList();

    /// <summary>Errors an API-shaped request names by path (authorization.visits, codes[2]), under the form field showing them.</summary>
    public static void AddAll(FormErrors errors, IDictionary<string, string[]> byField, IReadOnlyDictionary<string, string>? fieldFor = null)
    {
        foreach (var (key, messages) in byField)
        {
            var field = key.Split('[')[0];
            field = fieldFor?.GetValueOrDefault(field) ?? field;
            foreach (var message in messages)
                errors.Add(field, message);
        }
    }
}
